package fi.turvaverkko.risks;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rights of the risk assessment, each tried by someone who must not pass. A restricted
 * scenario does not exist for anyone but authority users and the region's coordinator: 404 on read,
 * change and delete, absent from lists, counts, filters and the matrix; reading it is audited.
 * Only the coordinator, the preparedness committee and the owner's users change scenarios; only the
 * coordinator deletes them and keeps the scales.
 */
@IntegrationTest
class RiskRightsTests {

    /** Users of non-authority actors, and the admin who acts for no actor. */
    static final String[] NOT_AUTHORITIES = {"spr", "yritys", "admin"};

    /** Users of authority actors: the lead agency's coordinator, the rescue department, a municipality. */
    static final String[] AUTHORITIES = {"coordinator", "pelastus", "rovaniemi"};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    JsonNode read(String user, String path) throws Exception {
        return json.readTree(mvc.perform(get(user, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void anonymousCallersReachNoRiskData() throws Exception {
        String id = RiskTestData.scenario(jdbc, RiskTestData.POWER_OUTAGE);
        for (String path :
                new String[] {"/api/v1/risks", "/api/v1/risks/" + id, "/api/v1/risks/matrix", "/api/v1/risk-scales"}) {
            mvc.perform(get(null, path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(MockMvcRequestBuilders.get("/risks"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void aRestrictedScenarioDoesNotExistForOthers() throws Exception {
        String id = RiskTestData.scenario(jdbc, RiskTestData.SABOTAGE);
        String body = mvc.perform(get("coordinator", "/api/v1/risks/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restricted").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long authorityTotal = read("pelastus", "/api/v1/risks?region=19&size=1")
                .get("page")
                .get("totalElements")
                .asLong();
        long visibleToAll = jdbc.sql("SELECT count(*) FROM risks.scenario WHERE NOT restricted AND region_id ="
                        + " (SELECT id FROM network.area WHERE code = '19')")
                .query(Long.class)
                .single();
        for (String user : NOT_AUTHORITIES) {
            mvc.perform(get(user, "/api/v1/risks/" + id)).andExpect(status().isNotFound());
            mvc.perform(put(user, "/api/v1/risks/" + id, body)).andExpect(status().isNotFound());
            mvc.perform(delete(user, "/api/v1/risks/" + id)).andExpect(status().isNotFound());
            // not in lists, filters, counts or the matrix
            assertThat(read(user, "/api/v1/risks?q=sabotointi")
                            .get("page")
                            .get("totalElements")
                            .asLong())
                    .isZero();
            assertThat(read(user, "/api/v1/risks?region=19&category=PRESSURE")
                            .get("page")
                            .get("totalElements")
                            .asLong())
                    .isZero();
            long total = read(user, "/api/v1/risks?region=19&size=1000")
                    .get("page")
                    .get("totalElements")
                    .asLong();
            assertThat(total).isEqualTo(visibleToAll).isLessThan(authorityTotal);
            assertThat(read(user, "/api/v1/risks?region=19&size=1000").toString())
                    .doesNotContain("sabotointi");
            JsonNode matrix = read(user, "/api/v1/risks/matrix?region=19");
            assertThat(matrix.get("total").asLong()).isEqualTo(visibleToAll);
            assertThat(matrix.toString()).doesNotContain("sabotointi");
            // and the page answers the same 404 as a scenario that never was
            mvc.perform(get(user, "/api/v1/risks/99999999")).andExpect(status().isNotFound());
        }
        for (String user : AUTHORITIES) {
            mvc.perform(get(user, "/api/v1/risks/" + id)).andExpect(status().isOk());
            assertThat(read(user, "/api/v1/risks?q=sabotointi")
                            .get("page")
                            .get("totalElements")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void readingARestrictedScenarioIsAudited() throws Exception {
        String id = RiskTestData.scenario(jdbc, RiskTestData.SABOTAGE);
        long before = audits(id);
        mvc.perform(get("pelastus", "/api/v1/risks/" + id)).andExpect(status().isOk());
        assertThat(audits(id)).isEqualTo(before + 1);
        mvc.perform(get("spr", "/api/v1/risks/" + id)).andExpect(status().isNotFound());
        assertThat(audits(id)).isEqualTo(before + 1);
    }

    long audits(String id) {
        return jdbc.sql("SELECT count(*) FROM audit.entry WHERE items @> ARRAY[?::text] AND action = 'READ_RESTRICTED'")
                .param("RISK_SCENARIO:" + id)
                .query(Long.class)
                .single();
    }

    @Test
    void onlyAuthoritiesMarkAScenarioRestrictedAndItsOwnerMustBeOne() throws Exception {
        String rescue = RiskTestData.actor(jdbc, "Lapin pelastuslaitos");
        String redCross = RiskTestData.actor(jdbc, "Suomen Punainen Risti, Lapin piiri");
        // spr sits on the preparedness committee: it may add scenarios, but not restricted ones
        mvc.perform(post("spr", "/api/v1/risks", RiskTestData.body(unique("Rajoitettu SPR"), rescue, 3, true)))
                .andExpect(status().isForbidden());
        mvc.perform(post("spr", "/api/v1/risks", RiskTestData.body(unique("Avoin SPR"), redCross, 3, false)))
                .andExpect(status().isCreated());
        mvc.perform(post(
                        "coordinator", "/api/v1/risks", RiskTestData.body(unique("Rajoitettu NGO"), redCross, 3, true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("restrictedOwner"));
        // an open scenario turned restricted by someone who could not then read it
        String id = RiskTestData.scenario(jdbc, RiskTestData.POWER_OUTAGE);
        String body = mvc.perform(get("spr", "/api/v1/risks/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put("spr", "/api/v1/risks/" + id, body.replace("\"restricted\":false", "\"restricted\":true")))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCoordinatorTheCommitteeAndTheOwnersUsersChangeScenarios() throws Exception {
        String rescue = RiskTestData.actor(jdbc, "Lapin pelastuslaitos");
        // the business is neither on the committee nor an owner
        mvc.perform(post("yritys", "/api/v1/risks", RiskTestData.body(unique("Yrityksen riski"), rescue, 3, false)))
                .andExpect(status().isForbidden());
        mvc.perform(post("rovaniemi", "/api/v1/risks", RiskTestData.body(unique("Kunnan riski"), rescue, 3, false)))
                .andExpect(status().isForbidden());
        String city = RiskTestData.actor(jdbc, "Rovaniemen kaupunki");
        String created = mvc.perform(
                        post("coordinator", "/api/v1/risks", RiskTestData.body(unique("Oikeustesti"), city, 3, false)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();
        mvc.perform(put("yritys", "/api/v1/risks/" + id, created)).andExpect(status().isForbidden());
        mvc.perform(put("admin", "/api/v1/risks/" + id, created)).andExpect(status().isForbidden());
        // the owner's users edit it (Rovaniemi is not on the committee)
        String updated = mvc.perform(put("rovaniemi", "/api/v1/risks/" + id, created))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // and so does a member of the preparedness committee
        mvc.perform(put("spr", "/api/v1/risks/" + id, updated)).andExpect(status().isOk());
        // only the coordinator deletes
        mvc.perform(delete("rovaniemi", "/api/v1/risks/" + id)).andExpect(status().isForbidden());
        mvc.perform(delete("spr", "/api/v1/risks/" + id)).andExpect(status().isForbidden());
        mvc.perform(delete("coordinator", "/api/v1/risks/" + id)).andExpect(status().isNoContent());
        assertThat(updated).contains("\"version\":1");
    }

    @Test
    void onlyTheCoordinatorKeepsTheScales() throws Exception {
        JsonNode scale =
                read("spr", "/api/v1/risk-scales?region=19").get("content").get(0);
        String id = scale.get("id").asString();
        for (String user : new String[] {"spr", "pelastus", "rovaniemi", "yritys", "admin"}) {
            mvc.perform(put(user, "/api/v1/risk-scales/" + id, scale.toString()))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(user, "/api/v1/risk-scales/" + id)).andExpect(status().isForbidden());
            String template = mvc.perform(get(user, "/api/v1/risk-scales/template"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            mvc.perform(post(user, "/api/v1/risk-scales", template)).andExpect(status().isForbidden());
        }
    }
}
