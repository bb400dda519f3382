package fi.turvaverkko.operations;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations pages name what they show from other modules, read for the whole page at once: the
 * situation picture its requested types, offered resources and offering actors (and it offers each
 * open request the caller's own resources); the exercises their organisers and participants.
 */
@IntegrationTest
class OperationsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    JsonNode body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "fi")
                        .with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageNamesTheOffersAndTheirOwnersAndOffersTheCallersResources() throws Exception {
        String d = Disruptions.storm(mvc, jdbc, json)
                .titled("Sivutestin myrsky")
                .in("698")
                .open();
        try {
            Disruptions.status(mvc, "pelastus", d, "ACTIVE");
            String r = body(mvc.perform(post(
                                    "pelastus",
                                    "/api/v1/disruptions/" + d + "/requests",
                                    "{\"typeCode\": \"GENERATOR_60KVA\", \"quantity\": 3, \"areaCode\": \"698\"}"))
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asString();
            String generator = jdbc.sql("""
                            SELECT r.id::text FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
                              JOIN network.actor a ON a.id = r.owner_actor_id
                             WHERE a.name = 'Ounaskosken Konepalvelu Oy' AND t.code = 'GENERATOR_60KVA'
                             ORDER BY r.id LIMIT 1""").query(String.class).single();
            String resourceName = body(mvc.perform(get("yritys", "/api/v1/resources/" + generator)))
                    .get("name")
                    .asString();

            // before any offer, the owner's page offers its generator to the open request
            String ownersPage = page("yritys", "/disruptions/" + d);
            assertThat(ownersPage).contains("/requests/" + r + "/offers").contains(resourceName);

            mvc.perform(post(
                            "yritys",
                            "/api/v1/requests/" + r + "/offers",
                            "{\"resourceId\": \"" + generator + "\", \"quantity\": 1}"))
                    .andExpect(status().isCreated());

            String leadsPage = page("pelastus", "/disruptions/" + d);
            assertThat(leadsPage)
                    .contains("Varavoimakone 60 kVA")
                    .contains(">" + resourceName + "<")
                    .contains(">Ounaskosken Konepalvelu Oy<")
                    // the one in charge may accept it, and the button names the offerer
                    .contains("/commit\"")
                    .contains("aria-label=\"Hyväksy tarjoajan Ounaskosken Konepalvelu Oy");
            // someone who neither leads nor asked may not accept it
            assertThat(page("spr", "/disruptions/" + d)).doesNotContain("/commit\"");
        } finally {
            Disruptions.close(jdbc, d);
        }
    }

    @Test
    void theExercisePagesNameTheOrganiserAndTheParticipants() throws Exception {
        // the demo's past exercise, organised by the rescue department with ten participants
        assertThat(page("spr", "/exercises"))
                .contains("Pitkän sähkökatkon karttaharjoitus, Itä-Lappi")
                .contains(">Lapin pelastuslaitos<");
        String id = jdbc.sql("SELECT id::text FROM operations.exercise WHERE title = ?")
                .param("Pitkän sähkökatkon karttaharjoitus, Itä-Lappi")
                .query(String.class)
                .single();
        assertThat(page("spr", "/exercises/" + id))
                .contains(">Sallan kunta<")
                .contains(">Ounaskosken Konepalvelu Oy<")
                .contains(">Suomen Punainen Risti, Lapin piiri<");
    }
}
