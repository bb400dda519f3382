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
        long d = Long.parseLong(id);
        // give back what its commitments took, so that no test leaves units taken for the next one
        jdbc.sql("""
                        UPDATE resources.resource r SET committed = r.committed - x.units
                          FROM (SELECT c.resource_id, sum(c.quantity) AS units FROM operations.commitment c
                                  JOIN operations.resource_request q ON q.id = c.request_id
                                 WHERE q.disruption_id = ? AND c.status <> 'RELEASED' GROUP BY c.resource_id) x
                         WHERE r.id = x.resource_id""").param(d).update();
        jdbc.sql("""
                        UPDATE operations.commitment SET status = 'RELEASED', released_at = now()
                         WHERE status <> 'RELEASED'
                           AND request_id IN (SELECT id FROM operations.resource_request WHERE disruption_id = ?)""").param(d).update();
        jdbc.sql("UPDATE operations.disruption SET status = 'CLOSED', ended_at = now() WHERE id = ?")
                .param(d)
                .update();
    }
}
