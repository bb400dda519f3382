package fi.turvaverkko.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules a resource is written by (ResourceRules), through the API in a world of the test's own:
 * every problem named at once with nothing written, where a resource may stand, and whose it is.
 */
@IntegrationTest
class ResourceRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    World world;
    World.Region region;
    World.Area town;
    World.Actor rescue;
    World.User chief;

    @BeforeEach
    void world() {
        world = World.of(mvc);
        region = world.region();
        town = world.municipality(region);
        rescue = world.actor("Pelastuslaitos")
                .sector("RESCUE")
                .level("REGIONAL")
                .in(town)
                .create();
        chief = world.user().actingFor(rescue).create();
    }

    /** A valid resource of the rescue service in the town, to spoil one field at a time. */
    ObjectNode valid() {
        ObjectNode body = json.createObjectNode();
        body.put("typeCode", ResourceTestData.TYPE);
        body.put("name", "Testivoimavara " + World.unique());
        body.put("ownerActorId", rescue.id());
        body.put("quantity", 2);
        body.put("areaCode", town.code());
        body.put("lat", 66.5);
        body.put("lon", 25.7);
        body.put("availability", "AVAILABLE");
        body.put("activationMinutes", 30);
        return body;
    }

    ResultActions create(ObjectNode body, World.User as) throws Exception {
        return mvc.perform(post("/api/v1/resources")
                .with(as.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()));
    }

    List<String> fieldsOf(ResultActions refused) throws Exception {
        JsonNode answer = json.readTree(refused.andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> fields = new ArrayList<>();
        answer.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    long resourcesOfRescue() {
        return jdbc.sql("SELECT count(*) FROM resources.resource WHERE owner_actor_id = ?")
                .param(Long.parseLong(rescue.id()))
                .query(Long.class)
                .single();
    }

    @Test
    void everyProblemIsNamedAtOnceAndNothingIsWritten() throws Exception {
        ObjectNode body = valid();
        body.put("name", "  ");
        body.put("quantity", -1);
        body.remove("lon");
        body.put("availability", "SOMETIMES");
        body.put("activationMinutes", 10081);
        body.put("agreementStatus", "HANDSHAKE");
        assertThat(fieldsOf(create(body, chief)))
                .containsExactlyInAnyOrder(
                        "name", "quantity", "lon", "availability", "agreementStatus", "activationMinutes");
        assertThat(resourcesOfRescue()).isZero();
    }

    @Test
    void aResourceStandsInAMunicipalityOfFinland() throws Exception {
        assertThat(fieldsOf(create(valid().put("areaCode", region.code()), chief)))
                .containsExactly("areaCode");
        assertThat(fieldsOf(create(valid().put("areaCode", "EI" + World.unique()), chief)))
                .containsExactly("areaCode");
        // Berlin
        assertThat(fieldsOf(create(valid().put("lat", 52.5).put("lon", 13.4), chief)))
                .containsExactly("lat");
        assertThat(resourcesOfRescue()).isZero();
        create(valid(), chief)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaCode").value(town.code()))
                .andExpect(jsonPath("$.easting").isNumber())
                .andExpect(jsonPath("$.northing").isNumber());
    }

    @Test
    void theTypeIsOneOfTheCatalogue() throws Exception {
        assertThat(fieldsOf(create(valid().put("typeCode", "NO_SUCH_TYPE"), chief)))
                .containsExactly("typeCode");
        ObjectNode none = valid();
        none.remove("typeCode");
        assertThat(fieldsOf(create(none, chief))).containsExactly("typeCode");
    }

    @Test
    void withoutAnOwnerGivenTheResourceIsTheUsersOnlyActors() throws Exception {
        ObjectNode body = valid();
        body.remove("ownerActorId");
        create(body, chief)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerActorId").value(rescue.id()));
        assertThat(fieldsOf(create(valid().put("ownerActorId", "987654321987"), chief)))
                .containsExactly("ownerActorId");
    }

    @Test
    void leftOutCodesTakeTheirDefaults() throws Exception {
        ObjectNode body = valid();
        body.remove("availability");
        body.remove("activationMinutes");
        create(body, chief)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.availability").value("AVAILABLE"))
                .andExpect(jsonPath("$.agreementStatus").value("NONE"))
                .andExpect(jsonPath("$.confidentiality").value("PUBLIC"))
                .andExpect(jsonPath("$.activationMinutes").value(60))
                .andExpect(jsonPath("$.available").value(2))
                .andExpect(jsonPath("$.committed").value(0));
    }
}
