package fi.turvaverkko.risks;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk API of issue 4: scenarios rated on the region's scale, the score and residual score
 * derived, every bad rating refused with nothing written, and the matrix.
 */
@IntegrationTest
class RiskApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    long scenarios() {
        return jdbc.sql("SELECT count(*) FROM risks.scenario").query(Long.class).single();
    }

    @Test
    void theDemoHasLaplandsScenariosOnThe2018Scale() throws Exception {
        JsonNode scales = json.readTree(mvc.perform(get("spr", "/api/v1/risk-scales?region=19"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode scale = scales.get("content").get(0);
        assertThat(scale.get("likelihood").get("levels")).hasSize(5);
        assertThat(scale.get("impacts")).hasSize(7);
        assertThat(scale.get("impacts").get(0).get("code").asString()).isEqualTo("DEATHS");
        mvc.perform(get("coordinator", "/api/v1/risks?region=19&q=maahantulo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].category").value("MIGRATION"))
                .andExpect(jsonPath("$.content[0].likelihood").value(5))
                .andExpect(jsonPath("$.content[0].score").value(10))
                .andExpect(jsonPath("$.content[0].areaCodes[0]").exists());
    }

    @Test
    void aScenarioIsCreatedWithItsScoreAndResidualScore() throws Exception {
        String title = unique("Tulvan testiskenaario");
        String owner = RiskTestData.actor(jdbc, "Lapin pelastuslaitos");
        java.util.List<String> measures = RiskTestData.measures(jdbc, 2);
        String body = RiskTestData.body(title, owner, 4, false)
                .replace(
                        "\"measureIds\": []",
                        "\"measureIds\": [\"" + measures.get(0) + "\", \"" + measures.get(1) + "\"]");
        String created = mvc.perform(post("coordinator", "/api/v1/risks", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionCode").value("19"))
                .andExpect(jsonPath("$.meanImpact").value(2.571))
                .andExpect(jsonPath("$.score").value(10.28))
                .andExpect(jsonPath("$.residualScore").value(4))
                .andExpect(jsonPath("$.impacts.EVACUATED").value(4))
                .andExpect(jsonPath("$.measureIds[1]").value(measures.get(1)))
                .andExpect(jsonPath("$.resourceTypes[0]").value("FLOOD_PUMP"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();
        String changed = created.replace("\"likelihood\":4", "\"likelihood\":2");
        mvc.perform(put("coordinator", "/api/v1/risks/" + id, changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(5.14))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("coordinator", "/api/v1/risks/" + id, changed)).andExpect(status().isConflict());
        mvc.perform(get("spr", "/api/v1/risks?region=19&likelihood=2&impact=3&q=" + title.substring(0, 12)))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").exists());
        mvc.perform(delete("coordinator", "/api/v1/risks/" + id)).andExpect(status().isNoContent());
        mvc.perform(get("coordinator", "/api/v1/risks/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void ratingsOutsideTheScaleAndOtherBadInputAreRefusedWithNothingWritten() throws Exception {
        String owner = RiskTestData.actor(jdbc, "Lapin pelastuslaitos");
        long before = scenarios();
        String good = RiskTestData.body(unique("Hylätty skenaario"), owner, 4, false);
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("\"likelihood\": 4", "\"likelihood\": 6"))
                        .header("Accept-Language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("likelihood"))
                .andExpect(jsonPath("$.errors[0].message").value("Taso 6 on asteikon ulkopuolella (1–5)."));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("\"DEATHS\": 2", "\"DEATHS\": 0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("impacts.DEATHS"))
                .andExpect(jsonPath("$.errors[0].code").value("outsideScale"));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("\"DEATHS\": 2, ", "\"FLOOD_HEIGHT\": 2, ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'impacts.FLOOD_HEIGHT')].code")
                        .value("unknownDimension"))
                .andExpect(jsonPath("$.errors[?(@.field == 'impacts.DEATHS')].code")
                        .value("impactMissing"));
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/risks",
                        good.replace(
                                "\"residualLikelihood\": 2, \"residualImpact\": 2",
                                "\"residualLikelihood\": 5, \"residualImpact\": 5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("residualAboveScore"));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("\"residualImpact\": 2,", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("residualPair"));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("[\"698\", \"261\"]", "[\"698\", \"FI\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("areaOutsideRegion"));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("LARGE_ACCIDENTS", "ALIENS")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("\"MEDIUM\"", "\"CERTAIN\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reliability"));
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/risks",
                        good.replace("\"measureIds\": []", "\"measureIds\": [\"mittari\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measureIds"));
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/risks",
                        good.replace("\"measureIds\": []", "\"measureIds\": [\"987654321\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknownMeasure"));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("\"FLOOD_PUMP\"", "\"flood pump\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resourceTypes"));
        mvc.perform(post("coordinator", "/api/v1/risks", good.replace("[\"698\", \"261\"]", "[]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("noAreas"));
        assertThat(scenarios()).isEqualTo(before);
    }

    @Test
    void theMatrixHoldsEveryScenarioTheCallerMaySeeInItsCell() throws Exception {
        JsonNode m = json.readTree(mvc.perform(get("coordinator", "/api/v1/risks/matrix?region=19"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(m.get("likelihoodLevels").asInt()).isEqualTo(5);
        assertThat(m.get("rows")).hasSize(5);
        assertThat(m.get("rows").get(0).get("likelihood").asInt()).isEqualTo(5);
        int sum = 0;
        for (JsonNode row : m.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                sum += cell.get("count").asInt();
                for (JsonNode e : cell.get("scenarios")) {
                    JsonNode s = json.readTree(mvc.perform(get(
                                    "coordinator",
                                    "/api/v1/risks/" + e.get("id").asString()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
                    assertThat(s.get("likelihood").asInt())
                            .isEqualTo(row.get("likelihood").asInt());
                    assertThat(Math.round(s.get("meanImpact").asDouble() + 1e-9))
                            .isEqualTo(cell.get("impact").asLong());
                }
            }
        }
        assertThat(sum).isEqualTo(m.get("total").asInt());
        long total = json.readTree(mvc.perform(get("coordinator", "/api/v1/risks?region=19&size=1"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("page")
                .get("totalElements")
                .asLong();
        assertThat(sum).isEqualTo((int) total);
        // the migration scenario is very likely: the top row, impact 2
        assertThat(m.get("rows").get(0).get("cells").get(1).get("scenarios").toString())
                .contains("maahantulo");
    }
}
