package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.PlanningData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The action list's API on data the tests make for themselves: {@code PUT} takes the measure as
 * {@code GET} gave it and leaves its read-only fields behind, the status moves only forward, and a
 * progress report moves the status, the percent and the year's realised cost.
 */
@IntegrationTest
class ActionListApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    PlanningData data;
    String list;
    String actor;

    @BeforeEach
    void world() throws Exception {
        data = new PlanningData(mvc, json);
        actor = data.anActor().in("047").create();
        list = data.aProgramme().kind("ACTION_LIST").in("19").create();
    }

    private String measure() throws Exception {
        return data.aMeasure().inProgramme(list).by(actor).in("047").create();
    }

    private ObjectNode asReturned(String id) throws Exception {
        return (ObjectNode) data.read("coordinator", "/api/v1/measures/" + id);
    }

    @Test
    void aPutOfTheMeasureAsGetReturnedItChangesWhatIsWritableAndLeavesTheReadOnlyFieldsAlone() throws Exception {
        String id = measure();
        ObjectNode body = asReturned(id);
        body.put("title", "Uusi otsikko");
        body.put("id", "999999999");
        body.put("delayed", true);
        body.put("progressPercent", 77);
        body.put("lastProgressOn", "2020-01-01");
        body.put("sourceType", "MEASURE_PROPOSAL");
        body.put("sourceId", "forged");
        mvc.perform(put("coordinator", "/api/v1/measures/" + id, body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.title").value("Uusi otsikko"))
                .andExpect(jsonPath("$.version").value(1));
        JsonNode after = asReturned(id);
        assertThat(after.get("progressPercent").isNull()).isTrue();
        assertThat(after.get("lastProgressOn").isNull()).isTrue();
        assertThat(after.get("sourceType").isNull()).isTrue();
        assertThat(after.get("sourceId").isNull()).isTrue();
        assertThat(after.get("delayed").asBoolean()).isFalse();
    }

    @Test
    void anUnknownFieldIsRefusedAndNothingChanges() throws Exception {
        String id = measure();
        ObjectNode body = asReturned(id);
        body.put("title", "Ei tallennu");
        body.put("colour", "red");
        mvc.perform(put("coordinator", "/api/v1/measures/" + id, body.toString()))
                .andExpect(status().isBadRequest());
        assertThat(asReturned(id).get("title").asString()).isNotEqualTo("Ei tallennu");
    }

    @Test
    void aMeasureStaysInItsProgramme() throws Exception {
        String id = measure();
        String other = data.aProgramme().kind("ACTION_LIST").in("19").create();
        ObjectNode body = asReturned(id);
        body.put("programmeId", other);
        mvc.perform(put("coordinator", "/api/v1/measures/" + id, body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeId"))
                .andExpect(jsonPath("$.errors[0].code").value("programmeFixed"));
    }

    @Test
    void theStatusMovesOnlyForwardAndAStaleVersionIsRefusedWithTheCurrentState() throws Exception {
        String id = measure();
        ObjectNode body = asReturned(id);
        body.put("status", "DONE");
        mvc.perform(put("coordinator", "/api/v1/measures/" + id, body.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        body.put("status", "ONGOING");
        mvc.perform(put("coordinator", "/api/v1/measures/" + id, body.toString()))
                .andExpect(status().isOk());
        // the same body again carries the old version
        mvc.perform(put("coordinator", "/api/v1/measures/" + id, body.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.status").value("ONGOING"));
        ObjectNode back = asReturned(id);
        back.put("status", "PLANNED");
        mvc.perform(put("coordinator", "/api/v1/measures/" + id, back.toString()))
                .andExpect(status().isConflict());
        assertThat(asReturned(id).get("status").asString()).isEqualTo("ONGOING");
    }

    @Test
    void aProgressReportMovesTheStatusAndAddsItsCostToItsYear() throws Exception {
        String id = measure();
        mvc.perform(post("coordinator", "/api/v1/measures/" + id + "/progress", """
                        {"date": "2026-04-01", "status": "ONGOING", "percent": 30, "text": "Alkoi",
                         "realisedCost": 100.126}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.realisedCost").value(100.13))
                .andExpect(jsonPath("$.createdBy").value("coordinator"));
        mvc.perform(post("coordinator", "/api/v1/measures/" + id + "/progress", """
                        {"date": "2026-05-01", "status": "DONE", "realisedCost": 50}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.percent").value(100));
        JsonNode m = asReturned(id);
        assertThat(m.get("status").asString()).isEqualTo("DONE");
        assertThat(m.get("progressPercent").asInt()).isEqualTo(100);
        assertThat(m.get("lastProgressOn").asString()).isEqualTo("2026-05-01");
        assertThat(m.get("costs").get(0).get("year").asInt()).isEqualTo(2026);
        assertThat(m.get("costs").get(0).get("planned").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(m.get("costs").get(0).get("realised").decimalValue()).isEqualByComparingTo("150.13");
        // done is final
        mvc.perform(post("coordinator", "/api/v1/measures/" + id + "/progress", """
                        {"status": "ONGOING", "text": "Uudelleen"}"""))
                .andExpect(status().isConflict());
    }

    @Test
    void aProgressReportThatSaysNothingNewOrLiesAheadIsRefused() throws Exception {
        String id = measure();
        mvc.perform(post("coordinator", "/api/v1/measures/" + id + "/progress", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("empty"));
        mvc.perform(post("coordinator", "/api/v1/measures/" + id + "/progress", """
                        {"date": "2999-01-01", "text": "Tulevaisuudesta", "percent": 101, "realisedCost": -1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        assertThat(data.read("coordinator", "/api/v1/measures/" + id + "/progress")
                        .size())
                .isZero();
    }

    @Test
    void theListFindsAMeasureByItsAreasAndTheAreasAboveThemAndByItsResponsibleActor() throws Exception {
        String id = measure();
        String byActor = "/api/v1/measures?responsibleActor=" + actor;
        JsonNode own = data.read("coordinator", byActor);
        assertThat(own.get("content").findValuesAsString("id")).containsExactly(id);
        assertThat(own.get("content").get(0).get("areaCodes").get(0).asString()).isEqualTo("047");
        assertThat(data.read("coordinator", byActor + "&area=19")
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isEqualTo(1);
        assertThat(data.read("coordinator", byActor + "&area=698")
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isZero();
        assertThat(data.read("coordinator", byActor + "&area=19&theme=VILLAGE_SAFETY")
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isEqualTo(1);
        assertThat(data.read("coordinator", byActor + "&area=19&theme=FIRE_SAFETY")
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isZero();
        mvc.perform(get("coordinator", "/api/v1/measures?area=nowhere"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
    }

    @Test
    void aDelayedMeasureIsOnePastItsEndThatIsNotDone() throws Exception {
        String late = data.aMeasure()
                .inProgramme(list)
                .by(actor)
                .in("047")
                .running("2025-01-01", "2025-12-31")
                .create();
        JsonNode delayed = data.read("coordinator", "/api/v1/measures?status=DELAYED&responsibleActor=" + actor);
        assertThat(delayed.get("content").findValuesAsString("id")).containsExactly(late);
        assertThat(delayed.get("content").get(0).get("delayed").asBoolean()).isTrue();
    }
}
