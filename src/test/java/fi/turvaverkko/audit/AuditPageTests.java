package fi.turvaverkko.audit;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit page tells the truth and keeps secrets (ADR 0024): each change reads as field: before →
 * after, and the values of a restricted item are hidden from a viewer who may not read the item —
 * the admin sees that a secret plan's measure, a resource's contact and place and a restricted
 * scenario changed, and who changed them, but not to what; the coordinator, who may read them, sees
 * the values, and that view is itself recorded as a read.
 */
@IntegrationTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    @Test
    void aRestrictedMeasuresChangeIsHiddenFromTheAdminAndShownToTheCoordinator() throws Exception {
        String id = jdbc.sql("""
                        SELECT min(m.id)::text FROM planning.measure m
                          JOIN planning.programme p ON p.id = m.programme_id
                         WHERE p.confidentiality = 'RESTRICTED' AND p.owner_actor_id =
                               (SELECT id FROM network.actor WHERE name = 'Rovaniemen kaupunki')""").query(String.class).single();
        ObjectNode m = (ObjectNode) json.readTree(body("rovaniemi", "/api/v1/measures/" + id));
        String before = m.get("title").asString();
        // the title keeps its words (other tests look for them), with a mark of this change
        String after = before.replaceAll(" \\(tarkistettu [0-9a-f]+\\)$", "") + " (tarkistettu "
                + UUID.randomUUID().toString().substring(0, 8) + ")";
        m.put("title", after);
        m.put("endDate", "2031-12-31");
        mvc.perform(put("rovaniemi", "/api/v1/measures/" + id, json.writeValueAsString(m)))
                .andExpect(status().isOk());

        String admin = page("admin", "/admin/audit?itemType=MEASURE&itemId=" + id + "&action=UPDATE");
        assertThat(admin)
                .contains("rovaniemi", "Toimenpide", "Muutos", "Otsikko", "— salassa pidettävä —")
                .doesNotContain(after)
                .doesNotContain(before)
                .doesNotContain("31.12.2031");

        long reads = readsOf("coordinator", "MEASURE:" + id);
        String coordinator = page("coordinator", "/admin/audit?itemType=MEASURE&itemId=" + id + "&action=UPDATE");
        assertThat(coordinator)
                .contains(before, after, "Päättyy", "31.12.2031")
                .doesNotContain("— salassa pidettävä —")
                .doesNotContain("&quot;before&quot;")
                .doesNotContain("\"before\":")
                .doesNotContain("2031-12-31</");
        // the change reads as "before → after", with words for a screen reader between
        assertThat(coordinator.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .contains("Otsikko " + before + " → muutettu arvoon " + after);
        // the coordinator read a secret plan's values on the audit page: that is a read like any other
        assertThat(readsOf("coordinator", "MEASURE:" + id)).isGreaterThan(reads);
    }

    @Test
    void aResourcesContactAndPlaceAreHiddenFromTheAdminAndShownToTheCoordinator() throws Exception {
        String id = jdbc.sql("""
                        SELECT min(r.id)::text FROM resources.resource r
                         WHERE r.owner_actor_id = (SELECT id FROM network.actor WHERE name = 'Lapin pelastuslaitos')
                           AND r.confidentiality = 'PUBLIC'""").query(String.class).single();
        ObjectNode r = (ObjectNode) json.readTree(body("pelastus", "/api/v1/resources/" + id));
        String contact = r.get("contact247").asString().replaceAll(" / [0-9]+$", "") + " / "
                + (1_000_000 + (int) (Math.random() * 8_000_000));
        double lat = Math.round((r.get("lat").asDouble() + 0.0137) * 100_000) / 100_000.0;
        r.put("contact247", contact);
        r.put("lat", lat);
        mvc.perform(put("pelastus", "/api/v1/resources/" + id, json.writeValueAsString(r)))
                .andExpect(status().isOk());

        String admin = page("admin", "/admin/audit?itemType=RESOURCE&itemId=" + id + "&action=UPDATE");
        assertThat(admin)
                .contains("pelastus", "Resurssi", "Ympärivuorokautinen yhteys", "Leveysaste", "— salassa pidettävä —")
                .doesNotContain(contact)
                .doesNotContain(String.valueOf(lat))
                .doesNotContain(String.valueOf(lat).replace('.', ','));

        String coordinator = page("coordinator", "/admin/audit?itemType=RESOURCE&itemId=" + id + "&action=UPDATE");
        assertThat(coordinator).contains(contact).doesNotContain("— salassa pidettävä —");
    }

    @Test
    void aRestrictedScenariosChangeIsHiddenFromTheAdmin() throws Exception {
        String id = jdbc.sql("SELECT min(id)::text FROM risks.scenario WHERE restricted")
                .query(String.class)
                .single();
        ObjectNode s = (ObjectNode) json.readTree(body("coordinator", "/api/v1/risks/" + id));
        String description = "Uhka-arvio päivitetty " + UUID.randomUUID();
        s.put("description", description);
        mvc.perform(put("coordinator", "/api/v1/risks/" + id, json.writeValueAsString(s)))
                .andExpect(status().isOk());
        String title = s.get("title").asString();

        String admin = page("admin", "/admin/audit?itemType=RISK_SCENARIO&itemId=" + id);
        assertThat(admin)
                .contains("Riskiskenaario", "Kuvaus", "— salassa pidettävä —")
                .doesNotContain(description)
                .doesNotContain(title);
        assertThat(page("coordinator", "/admin/audit?itemType=RISK_SCENARIO&itemId=" + id))
                .contains(description);
        // the reads of the scenario are found by its item, and name it by type and id only
        assertThat(page("admin", "/admin/audit?itemType=RISK_SCENARIO&itemId=" + id + "&action=READ_RESTRICTED"))
                .contains("Salassa pidettävän tiedon luku", "Riskiskenaario " + id)
                .doesNotContain(title);
    }

    @Test
    void theAdminSeesNoRestrictedTitleContactOrPlaceAnywhereInTheLog() throws Exception {
        // whatever the log holds by now: no page of it shows the admin a restricted item's text
        String admin = page("admin", "/admin/audit");
        for (String secret : jdbc.sql("""
                        SELECT m.title FROM planning.measure m JOIN planning.programme p ON p.id = m.programme_id
                         WHERE p.confidentiality = 'RESTRICTED'
                        UNION SELECT g.title FROM planning.goal g JOIN planning.programme p ON p.id = g.programme_id
                         WHERE p.confidentiality = 'RESTRICTED'
                        UNION SELECT name FROM planning.programme WHERE confidentiality = 'RESTRICTED'
                        UNION SELECT title FROM risks.scenario WHERE restricted
                        UNION SELECT contact_247 FROM resources.resource WHERE contact_247 IS NOT NULL""").query(String.class).list()) {
            assertThat(admin).doesNotContain(secret);
        }
    }

    @Test
    void theLogIsForAdminsAndCoordinatorsOnly() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/audit").with(user(users.loadUserByUsername("spr"))))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/audit").with(user(users.loadUserByUsername("pelastus"))))
                .andExpect(status().isForbidden());
        assertThat(page("coordinator", "/")).contains("/admin/audit");
        assertThat(page("spr", "/")).doesNotContain("/admin/audit");
    }

    private long readsOf(String username, String item) {
        return jdbc.sql("SELECT count(*) FROM audit.entry WHERE username = ? AND action = 'READ_RESTRICTED'"
                        + " AND items @> ARRAY[?::text]")
                .params(username, item)
                .query(Long.class)
                .single();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String username, String path) throws Exception {
        return mvc.perform(get(username, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
