package fi.turvaverkko.operations;

import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live situation picture goes to everyone following a disruption, so a restricted resource
 * offered to it is named there by its type: its own name exists only for those who may see it.
 */
@IntegrationTest
class LivePictureSecrecyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aRestrictedResourceOfferedToADisruptionIsNamedByItsTypeInTheLivePicture() throws Exception {
        Map<String, Object> resource = jdbc.sql("""
                        SELECT r.id::text AS id, r.name, t.code, t.name_fi AS type FROM resources.resource r
                          JOIN resources.resource_type t ON t.id = r.type_id
                         WHERE r.confidentiality = 'RESTRICTED' AND r.quantity - r.committed > 0
                           AND r.owner_actor_id = (SELECT id FROM network.actor WHERE name = 'Lapin pelastuslaitos')
                         ORDER BY r.id LIMIT 1""").query().singleRow();
        String d = Disruptions.storm(mvc, jdbc, json)
                .titled("Salaisen resurssin tarjous")
                .in("698")
                .open();
        try {
            Disruptions.status(mvc, "pelastus", d, "ACTIVE");
            String request = json.readTree(mvc.perform(post(
                                    "pelastus",
                                    "/api/v1/disruptions/" + d + "/requests",
                                    "{\"typeCode\": \"%s\", \"quantity\": 1, \"areaCode\": \"698\"}"
                                            .formatted(resource.get("code"))))
                            .andExpect(status().isCreated())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8))
                    .get("id")
                    .asString();
            try (SseClient follower =
                    new SseClient("http://localhost:" + port + "/api/v1/disruptions/" + d + "/events", "spr", null)) {
                assertThat(follower.status()).isEqualTo(200);
                mvc.perform(post(
                                "pelastus",
                                "/api/v1/requests/" + request + "/offers",
                                "{\"resourceId\": \"%s\", \"quantity\": 1}".formatted(resource.get("id"))))
                        .andExpect(status().isCreated());
                SseClient.Event offered = follower.await((String) resource.get("type"), 15);
                assertThat(offered)
                        .as("the offer reached the live picture, by the resource's type")
                        .isNotNull();
                assertThat(offered.data()).doesNotContain((String) resource.get("name"));
            }
        } finally {
            Disruptions.close(jdbc, d);
        }
    }
}
