package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The actor API: what it accepts, what it refuses, and that a refusal writes nothing. */
@IntegrationTest
class ActorApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    long actorsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM network.actor WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    @Test
    void coordinatorCreatesAnActorWithTheShortBody() throws Exception {
        String name = unique("Sallan Kylätoimikunta ry");
        mvc.perform(post("coordinator", "/api/v1/actors", """
                        {"name": "%s", "sector": "NGO", "level": "LOCAL", "homeAreaCode": "732", "businessId": "%s"}
                        """.formatted(name, fi.turvaverkko.support.Api.businessId())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/actors/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.homeAreaCode").value("732"))
                .andExpect(jsonPath("$.authority").value(false))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(actorsNamed(name)).isEqualTo(1);
    }

    @Test
    void anInvalidBusinessIdIsRefusedInFinnishAndNothingIsWritten() throws Exception {
        String name = unique("Väärä Y-tunnus Oy");
        mvc.perform(post("coordinator", "/api/v1/actors", """
                        {"name": "%s", "sector": "BUSINESS", "level": "LOCAL", "homeAreaCode": "698", "businessId": "1234567-8"}
                        """.formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("businessId"))
                .andExpect(jsonPath("$.detail").value(containsString("Y-tunnus on virheellinen")));
        assertThat(actorsNamed(name)).isZero();
    }

    @Test
    void theRefusalIsInSwedishForASwedishCaller() throws Exception {
        mvc.perform(post("coordinator", "/api/v1/actors", """
                        {"name": "X", "sector": "BUSINESS", "level": "LOCAL", "homeAreaCode": "698", "businessId": "1234567-8"}
                        """).header("Accept-Language", "sv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("FO-numret är felaktigt")));
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        mvc.perform(post("coordinator", "/api/v1/actors", "{\"name\": \"Jokin\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("sector")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("level")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("homeAreaCode")));
    }

    @Test
    void textOverItsLimitIsRefused() throws Exception {
        String longName = "A".repeat(201);
        mvc.perform(post("coordinator", "/api/v1/actors", """
                        {"name": "%s", "sector": "NGO", "level": "LOCAL", "homeAreaCode": "698"}
                        """.formatted(longName)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(actorsNamed(longName)).isZero();
    }

    @Test
    void aDuplicateNameInTheSameAreaIsAConflict() throws Exception {
        mvc.perform(post("coordinator", "/api/v1/actors", """
                        {"name": "Lapin pelastuslaitos", "sector": "RESCUE", "level": "REGIONAL", "homeAreaCode": "698"}
                        """))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(actorsNamed("Lapin pelastuslaitos")).isEqualTo(1);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get("coordinator", "/api/v1/actors/987654321")).andExpect(status().isNotFound());
        mvc.perform(get("coordinator", "/api/v1/actors/not-a-number")).andExpect(status().isNotFound());
        mvc.perform(put("coordinator", "/api/v1/actors/987654321", "{\"name\":\"x\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("coordinator", "/api/v1/actors/987654321")).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsAConflictWithTheCurrentState() throws Exception {
        String created = mvc.perform(
                        post("coordinator", "/api/v1/actors", """
                        {"name": "%s", "sector": "NGO", "level": "LOCAL", "homeAreaCode": "758"}
                        """.formatted(unique("Sodankylän Martat ry"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode actor = json.readTree(created);
        String id = actor.get("id").asString();
        String first = created.replace("\"phone\":null", "\"phone\":\"+358 40 000 1234\"");
        mvc.perform(put("coordinator", "/api/v1/actors/" + id, first)).andExpect(status().isOk());
        // the same old version again: someone else saved in between
        mvc.perform(put("coordinator", "/api/v1/actors/" + id, created))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.phone").value("+358 40 000 1234"))
                .andExpect(jsonPath("$.current.version").value(1));
    }

    @Test
    void anUnknownFieldInAnUpdateIsRefused() throws Exception {
        String id = actorId(jdbc, "Lapin Kylät ry");
        String current = mvc.perform(get("coordinator", "/api/v1/actors/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put("coordinator", "/api/v1/actors/" + id, current.replaceFirst("\\{", "{\"colour\":\"red\",")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
    }

    @Test
    void anUnknownAreaCodeIsNamed() throws Exception {
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/actors",
                        "{\"name\": \"Q\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("homeAreaCode"));
    }

    @Test
    void listsArePagedAndFilteredOnTheServer() throws Exception {
        mvc.perform(get("rovaniemi", "/api/v1/actors?area=19&sector=MUNICIPALITY&size=5&sort=name,asc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(5))
                .andExpect(jsonPath("$.page.size").value(5))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(21))
                .andExpect(jsonPath("$.page.totalPages").value(5))
                .andExpect(jsonPath("$.content[0].sector").value("MUNICIPALITY"));
        mvc.perform(get("rovaniemi", "/api/v1/actors?size=1001")).andExpect(status().isBadRequest());
        mvc.perform(get("rovaniemi", "/api/v1/actors?sort=password,asc")).andExpect(status().isBadRequest());
    }

    @Test
    void codesKeepTheirLeadingZeros() throws Exception {
        mvc.perform(get("rovaniemi", "/api/v1/areas?q=Enontekiö"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].code").value("047"))
                .andExpect(jsonPath("$.content[0].type").value("MUNICIPALITY"));
    }
}
