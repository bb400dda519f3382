package fi.turvaverkko.operations;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.post;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data for disruptions: {@code Disruptions.storm(mvc, jdbc, json).in("732").open()} creates one
 * led by the rescue department. Tests share one database, so each closes what it opened (an active
 * disruption widens what authority users see of resources).
 */
final class Disruptions {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private String areas = "\"698\"";
    private String title = "Testimyrsky";

    private Disruptions(MockMvc mvc, JdbcClient jdbc, JsonMapper json) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.json = json;
    }

    static Disruptions storm(MockMvc mvc, JdbcClient jdbc, JsonMapper json) {
        return new Disruptions(mvc, jdbc, json);
    }

    Disruptions in(String... codes) {
        areas = "\"" + String.join("\", \"", codes) + "\"";
        return this;
    }

    Disruptions titled(String t) {
        title = t;
        return this;
    }

    /** Opens it as the rescue department's user; returns its id. */
    String open() throws Exception {
        String body = """
                {"kind": "STORM", "title": "%s", "severity": "SEVERE", "leadActorId": "%s", "areaCodes": [%s],
                 "description": "Myrsky katkoo sähköjä.", "publicAlert": true, "publicSummary": "Sähkökatkoja."}""".formatted(title, actorId(jdbc, "Lapin pelastuslaitos"), areas);
        String created = mvc.perform(post("pelastus", "/api/v1/disruptions", body))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(created).get("id").asString();
    }

    static void status(MockMvc mvc, String user, String id, String status) throws Exception {
        mvc.perform(post(user, "/api/v1/disruptions/" + id + "/status", "{\"status\": \"" + status + "\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
    }

    /** Closes a disruption whatever its status, so that no test leaves one active. */
    static void close(JdbcClient jdbc, String id) {
        jdbc.sql("UPDATE operations.disruption SET status = 'CLOSED', ended_at = now() WHERE id = ?")
                .param(Long.parseLong(id))
                .update();
    }
}
