package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.PlanningData;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The programmes' side on data of its own: a programme's {@code PUT} leaves what approval sets alone,
 * its life cycle is refused out of order, the budget view sums a region's costs by carrier with the
 * share of prevention, and a wellbeing plan's yearly report is drafted, finished and approved once.
 */
@IntegrationTest
class ProgrammeWorkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    PlanningData data;

    @BeforeEach
    void world() {
        data = new PlanningData(mvc, json);
    }

    @Test
    void aPutOfAProgrammeIgnoresItsStatusAndApprovalAndTheLifeCycleGoesOneWay() throws Exception {
        String id = data.aProgramme().kind("SAFETY_PLAN").in("19").create();
        ObjectNode body = (ObjectNode) data.read("coordinator", "/api/v1/programmes/" + id);
        body.put("status", "APPROVED");
        body.put("approvedBy", "someone");
        body.put("approvedAt", "2026-01-01T00:00:00Z");
        body.put("description", "Kuvaus muuttui");
        mvc.perform(put("coordinator", "/api/v1/programmes/" + id, body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.approvedBy").doesNotExist())
                .andExpect(jsonPath("$.description").value("Kuvaus muuttui"));
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/archive", "{}"))
                .andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/approve", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionReference"));
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/approve", """
                        {"decisionReference": "Hallitus 1.2.2026 § 3", "decisionDate": "2026-02-01"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("coordinator"));
        mvc.perform(delete("coordinator", "/api/v1/programmes/" + id)).andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/goals", """
                        {"programmeId": "%s", "title": "Myöhäinen tavoite"}""".formatted(id))).andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/archive", "{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
        ObjectNode archived = (ObjectNode) data.read("coordinator", "/api/v1/programmes/" + id);
        mvc.perform(put("coordinator", "/api/v1/programmes/" + id, archived.toString()))
                .andExpect(status().isConflict());
    }

    @Test
    void theBudgetSumsTheAreasCostsByCarrierAndShowsTheShareOfPrevention() throws Exception {
        String list = data.aProgramme().kind("ACTION_LIST").in("19").create();
        String carrier = data.anActor().in("890").create();
        String preventive = """
                {"year": 2027, "planned": 300, "realised": 100}""";
        data.aMeasure()
                .inProgramme(list)
                .by(carrier)
                .in("890")
                .costs("[" + preventive + "]")
                .create();
        data.aMeasure()
                .inProgramme(list)
                .by(carrier)
                .in("890")
                .emphasis("CORRECTIVE")
                .costs("[{\"year\": 2027, \"planned\": 100}, {\"year\": 2028, \"planned\": 50}]")
                .create();
        JsonNode b = data.read("coordinator", "/api/v1/budget?area=890&programme=" + list);
        assertThat(b.get("years").valueStream().map(JsonNode::asInt)).containsExactly(2027, 2028);
        assertThat(b.get("total").get("planned").decimalValue()).isEqualByComparingTo("450");
        assertThat(b.get("total").get("realised").decimalValue()).isEqualByComparingTo("100");
        JsonNode row = b.get("rows").get(0);
        assertThat(row.get("kind").asString()).isEqualTo("NONE");
        assertThat(row.get("measures").asInt()).isEqualTo(2);
        JsonNode share2027 = b.get("prevention").get(0);
        assertThat(share2027.get("year").asInt()).isEqualTo(2027);
        assertThat(share2027.get("preventive").get("planned").decimalValue()).isEqualByComparingTo("300");
        assertThat(share2027.get("corrective").get("planned").decimalValue())
                .isEqualByComparingTo(new BigDecimal("100"));
        // the region's view counts the same measures: their areas lie within it
        JsonNode region = data.read("coordinator", "/api/v1/budget?area=19&programme=" + list);
        assertThat(region.get("total").get("planned").decimalValue()).isEqualByComparingTo("450");
        mvc.perform(fi.turvaverkko.support.Api.get("coordinator", "/api/v1/budget?area=nowhere"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aYearlyReportIsDraftedFromThePlanFinishedByItsEditorsAndApprovedOnce() throws Exception {
        String plan = data.aProgramme().kind("WELLBEING_PLAN").in("19").create();
        String goal = data.aGoal().in(plan).code("1").create();
        String actor = data.anActor().in("698").create();
        var measure =
                data.aMeasure().inProgramme(plan).by(actor).serving(goal).costs("[{\"year\": 2026, \"planned\": 800}]");
        measure.create();
        String report = data.created("coordinator", "/api/v1/programmes/" + plan + "/wellbeing-reports", """
                {"type": "YEARLY_REPORT", "year": 2026}""");
        JsonNode drafted = data.read("coordinator", "/api/v1/wellbeing-reports/" + report);
        assertThat(drafted.get("status").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("body").asString()).contains(measure.title(), "800 €");
        mvc.perform(post("coordinator", "/api/v1/programmes/" + plan + "/wellbeing-reports", """
                        {"type": "YEARLY_REPORT", "year": 2026}"""))
                .andExpect(status().isConflict());
        // the draft still holds the instruction where the group's assessment goes
        mvc.perform(post("coordinator", "/api/v1/wellbeing-reports/" + report + "/approve", """
                        {"decisionReference": "Valtuusto 1.3.2027 § 5"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        ObjectNode edited = (ObjectNode) drafted;
        edited.put("body", "## Arvio\nTyöryhmä arvioi, että työ eteni.");
        edited.put("status", "APPROVED");
        mvc.perform(put("coordinator", "/api/v1/wellbeing-reports/" + report, edited.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("coordinator", "/api/v1/wellbeing-reports/" + report + "/approve", """
                        {"decisionReference": "Valtuusto 1.3.2027 § 5"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("coordinator", "/api/v1/wellbeing-reports/" + report + "/approve", """
                        {"decisionReference": "Toinen"}"""))
                .andExpect(status().isConflict());
        mvc.perform(delete("coordinator", "/api/v1/wellbeing-reports/" + report))
                .andExpect(status().isConflict());
    }
}
