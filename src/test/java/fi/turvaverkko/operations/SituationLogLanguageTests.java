package fi.turvaverkko.operations;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The situation log's automatic entries (a status change, a request) and the live stream's
 * announcements of them are written once and read in each reader's language, whatever the language
 * of the person whose action wrote them; what people typed stays as they typed it.
 */
@IntegrationTest
class SituationLogLanguageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    List<String> log(String disruption, String lang) throws Exception {
        String body = mvc.perform(get("spr", "/api/v1/disruptions/" + disruption + "/log?size=50")
                        .header("Accept-Language", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode content = json.readTree(body).get("content");
        return content.findValuesAsString("text");
    }

    @Test
    void automaticEntriesAreInTheReadersLanguage() throws Exception {
        String d = Disruptions.storm(mvc, jdbc, json).in("698").open();
        String stream = "http://localhost:" + port + "/api/v1/disruptions/" + d + "/events?lang=sv";
        try (SseClient swedish = new SseClient(stream, "spr", null)) {
            // the authority in charge works in English
            mvc.perform(post("pelastus", "/api/v1/disruptions/" + d + "/status", "{\"status\": \"ACTIVE\"}")
                            .header("Accept-Language", "en"))
                    .andExpect(status().isOk());
            mvc.perform(post(
                                    "pelastus",
                                    "/api/v1/disruptions/" + d + "/requests",
                                    "{\"typeCode\": \"GENERATOR_60KVA\", \"quantity\": 2, \"areaCode\": \"698\","
                                            + " \"description\": \"Vesilaitoksen pumppaamo\"}")
                            .header("Accept-Language", "en"))
                    .andExpect(status().isCreated());

            // the live stream announces them in the listener's language too
            assertThat(swedish.await("Situationens status ändrades: Uppföljning → Pågår.", 15))
                    .isNotNull();
            assertThat(swedish.await("Begärt 2 × Reservkraftverk 60 kVA", 15)).isNotNull();

            assertThat(log(d, "fi"))
                    .contains(
                            "Tilanteen tila muutettiin: Seuranta → Käynnissä.",
                            "Pyydetty 2 × Varavoimakone 60 kVA: Vesilaitoksen pumppaamo");
            assertThat(log(d, "sv"))
                    .contains(
                            "Situationens status ändrades: Uppföljning → Pågår.",
                            "Begärt 2 × Reservkraftverk 60 kVA: Vesilaitoksen pumppaamo");
            assertThat(log(d, "en"))
                    .contains(
                            "The status was changed: Monitoring → Active.",
                            "Requested 2 × Generator 60 kVA: Vesilaitoksen pumppaamo");

            String page = mvc.perform(MockMvcRequestBuilders.get("/disruptions/" + d)
                            .param("lang", "sv")
                            .with(user(users.loadUserByUsername("spr")))
                            .accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .contains("Situationens status ändrades: Uppföljning → Pågår.")
                    .doesNotContain("Tilanteen tila muutettiin")
                    .doesNotContain("The status was changed");

            // the table itself keeps the Finnish wording beside the key and arguments
            assertThat(jdbc.sql("SELECT text FROM operations.log_entry WHERE disruption_id = ? AND message IS NOT NULL"
                                    + " ORDER BY id")
                            .param(Long.parseLong(d))
                            .query(String.class)
                            .list())
                    .contains("Tilanteen tila muutettiin: Seuranta → Käynnissä.");
        } finally {
            Disruptions.status(mvc, "pelastus", d, "RECOVERY");
            Disruptions.status(mvc, "pelastus", d, "CLOSED");
        }
    }
}
