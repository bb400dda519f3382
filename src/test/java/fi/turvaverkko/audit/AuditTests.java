package fi.turvaverkko.audit;

import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Every change leaves an entry that says who, for whom, what and from where; nobody rewrites one. */
@IntegrationTest
class AuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aChangeThroughTheApiIsAudited() throws Exception {
        String name = unique("Ylitornion Nuorisoseura ry");
        String body = mvc.perform(post(
                        "coordinator",
                        "/api/v1/actors",
                        "{\"name\": \"%s\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"976\"}"
                                .formatted(name)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(body).get("id").asString();
        Map<String, Object> entry = jdbc.sql(
                        "SELECT username, action, channel, changes::text AS changes, remote_addr, cardinality(actor_ids) AS actors"
                                + " FROM audit.entry WHERE item_type = 'ACTOR' AND item_id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(entry.get("username")).isEqualTo("coordinator");
        assertThat(entry.get("action")).isEqualTo("CREATE");
        assertThat(entry.get("channel")).isEqualTo("API");
        assertThat(entry.get("remote_addr")).isNotNull();
        assertThat((Integer) entry.get("actors")).isEqualTo(1);
        assertThat((String) entry.get("changes")).contains(name);
    }

    @Test
    void aRefusedChangeLeavesNoEntry() throws Exception {
        long before =
                jdbc.sql("SELECT count(*) FROM audit.entry").query(Long.class).single();
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/actors",
                        "{\"name\": \"Hylätty\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"976\","
                                + " \"businessId\": \"1234567-8\"}"))
                .andExpect(status().isBadRequest());
        long after = jdbc.sql(
                        "SELECT count(*) FROM audit.entry WHERE item_type = 'ACTOR' AND changes::text LIKE '%Hylätty%'")
                .query(Long.class)
                .single();
        assertThat(after).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.entry")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToRewriteTheLog() {
        jdbc.sql(
                        "INSERT INTO audit.entry (username, item_type, item_id, action, channel) VALUES ('t', 'T', '1', 'X', 'SYSTEM')")
                .update();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.entry SET username = 'someone-else'")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.entry").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.entry").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE username = 'someone-else'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
