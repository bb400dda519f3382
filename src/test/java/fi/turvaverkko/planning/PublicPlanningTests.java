package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data of planning: anonymous readers see approved public programmes, their goals and the action
 * list's progress, and never a restricted plan or a draft, in lists, counts, exports or errors.
 */
@IntegrationTest
class PublicPlanningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Plans plans;

    @BeforeEach
    void setUp() {
        plans = new Plans(mvc, jdbc, json);
    }

    @Test
    void anonymousReadersSeeApprovedPublicProgrammesAndTheActionListsProgress() throws Exception {
        JsonNode list = plans.read(plans.body(null, "/api/v1/public/programmes?size=1000"));
        assertThat(list.get("content").findValuesAsString("name"))
                .contains(Plans.REGIONAL_PROGRAMME, Plans.ACTION_LIST);
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        mvc.perform(get(null, "/api/v1/public/programmes/" + regional))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals.length()").value(8));
        JsonNode measures = plans.read(plans.body(null, "/api/v1/public/measures?size=1000&area=698"));
        assertThat(measures.get("content").findValuesAsString("title"))
                .contains("Nuorten Ohjaamo-palvelut Rovaniemellä, Kemissä ja Torniossa");
        assertThat(measures.get("content").get(0).get("responsibleActorName")).isNotNull();
        mvc.perform(MockMvcRequestBuilders.get("/public/measures")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/public/programmes/" + regional))
                .andExpect(status().isOk());
    }

    @Test
    void restrictedPlansAndDraftsNeverShowToAnonymousReaders() throws Exception {
        String restricted = plans.programmeId(Plans.PREPAREDNESS_PLAN);
        String draft = plans.programme("coordinator", "REGIONAL_STRATEGY", "19", null);
        for (String id : new String[] {restricted, draft, "987654321", "abc"}) {
            mvc.perform(get(null, "/api/v1/public/programmes/" + id))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("Pyydettyä kohdetta ei löytynyt."));
            mvc.perform(MockMvcRequestBuilders.get("/public/programmes/" + id)).andExpect(status().isNotFound());
        }
        String all = plans.body(null, "/api/v1/public/programmes?size=1000&q=valmius");
        assertThat(all).doesNotContain("valmiussuunnitelma");
        long publicApproved = jdbc.sql(
                        "SELECT count(*) FROM planning.programme WHERE status = 'APPROVED' AND confidentiality = 'PUBLIC'")
                .query(Long.class)
                .single();
        assertThat(plans.read(plans.body(null, "/api/v1/public/programmes?size=1"))
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(publicApproved);
        assertThat(plans.read(plans.body(null, "/api/v1/public/measures?size=1&programme=" + restricted))
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isZero();
        String measures = plans.body(null, "/api/v1/public/measures?size=1000&area=698");
        assertThat(measures).doesNotContain("johtokeskuksen").doesNotContain("\"programmeId\":\"" + restricted + "\"");
        String csv = mvc.perform(get(null, "/api/v1/public/measures/export?format=csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Nuorten Ohjaamo-palvelut")
                .doesNotContain("johtokeskuksen")
                .doesNotContain("Evakuoinnin ja hätämajoituksen");
        String page = mvc.perform(MockMvcRequestBuilders.get("/public/programmes?q=Rovaniemen"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Rovaniemen hyvinvointisuunnitelma").doesNotContain("valmiussuunnitelma");
    }
}
