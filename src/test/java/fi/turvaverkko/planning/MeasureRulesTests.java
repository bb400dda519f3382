package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.PlanningData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules a measure is checked by (the one set the API, the pages and the import share): every wrong
 * field of a call is named in one 400, nothing is written, and what is right is kept as given (partners
 * without the responsible actor or repeats, codes trimmed).
 */
@IntegrationTest
class MeasureRulesTests {

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

    private ObjectNode valid() throws Exception {
        return (ObjectNode) json.readTree(
                data.aMeasure().inProgramme(list).by(actor).in("047").json());
    }

    private int count() throws Exception {
        return data.read("coordinator", "/api/v1/measures?programme=" + list)
                .get("page")
                .get("totalElements")
                .asInt();
    }

    /** The fields a refused call names, in the order it names them. */
    private List<String> refused(String method, String path, ObjectNode body) throws Exception {
        String response = mvc.perform(
                        method.equals("POST")
                                ? post("coordinator", path, body.toString())
                                : put("coordinator", path, body.toString()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> fields = new ArrayList<>();
        json.readTree(response)
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void everyWrongFieldIsNamedInOneAnswerAndNothingIsWritten() throws Exception {
        ObjectNode body = valid();
        body.put("title", " ");
        body.put("code", "!no good");
        body.put("responsibleActorId", "999999999");
        body.putArray("areaCodes").add("no-such-area");
        body.putArray("themes").add("NO_SUCH_THEME");
        body.put("emphasis", "SOMETIMES");
        body.putArray("goalIds").add("999999999");
        body.put("startDate", "2027-01-01");
        body.put("endDate", "2026-01-01");
        body.put("status", "FORGOTTEN");
        body.put("budgetYear", 1999);
        body.put("planYearFrom", 2030);
        body.put("planYearTo", 2029);
        body.put("costCarrierGroupId", "1");
        body.put("costCarrierActorId", actor);
        body.put("fundingSource", "LOTTERY");
        int before = count();

        List<String> fields = refused("POST", "/api/v1/measures", body);

        assertThat(fields)
                .contains(
                        "title",
                        "code",
                        "responsibleActorId",
                        "areaCodes",
                        "themes",
                        "emphasis",
                        "goalIds",
                        "endDate",
                        "status",
                        "budgetYear",
                        "planYearTo",
                        "costCarrierActorId",
                        "fundingSource");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMeasureNeedsAnAreaAndAnEmphasisAndItsCostsAreChecked() throws Exception {
        ObjectNode body = valid();
        body.putArray("areaCodes");
        body.remove("emphasis");
        body.set("costs", json.readTree("[{\"year\": 2026, \"planned\": -5}, {\"year\": 2026, \"planned\": 1}]"));

        assertThat(refused("POST", "/api/v1/measures", body)).contains("areaCodes", "emphasis", "costs");
    }

    @Test
    void aChangeIsCheckedByTheSameRules() throws Exception {
        String id = data.aMeasure().inProgramme(list).by(actor).in("047").create();
        ObjectNode body = (ObjectNode) data.read("coordinator", "/api/v1/measures/" + id);
        body.put("endDate", "2020-01-01");
        body.putArray("partnerActorIds").add("not-an-id");

        assertThat(refused("PUT", "/api/v1/measures/" + id, body)).contains("endDate", "partnerActorIds");
        assertThat(data.read("coordinator", "/api/v1/measures/" + id)
                        .get("endDate")
                        .asString())
                .isEqualTo("2028-10-31");
    }

    @Test
    void thePartnersLeaveOutTheResponsibleActorAndRepeatsAndTheCodeIsTrimmed() throws Exception {
        String partner = data.anActor().in("047").create();
        ObjectNode body = valid();
        body.putArray("partnerActorIds").add(partner).add(actor).add(partner);
        body.put("code", "  T-1.2  ");
        body.putArray("themes").add("VILLAGE_SAFETY").add("VILLAGE_SAFETY").add(" ");

        String id = data.created("coordinator", "/api/v1/measures", body.toString());

        JsonNode saved = data.read("coordinator", "/api/v1/measures/" + id);
        assertThat(saved.get("partnerActorIds").size()).isEqualTo(1);
        assertThat(saved.get("partnerActorIds").get(0).asString()).isEqualTo(partner);
        assertThat(saved.get("code").asString()).isEqualTo("T-1.2");
        assertThat(saved.get("themes").size()).isEqualTo(1);
        assertThat(saved.get("status").asString()).isEqualTo("PLANNED");
    }
}
