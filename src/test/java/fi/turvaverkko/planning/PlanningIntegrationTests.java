package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.PlanningData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the programmes and the nested action list work together and how other modules use them: a
 * deleted goal is forgotten by the measures through an event, {@link Measures} answers in batches what
 * the caller may read, and the OpenAPI document marks the fields a {@code PUT} leaves alone.
 */
@IntegrationTest
class PlanningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Measures measures;

    @Autowired
    Programmes programmes;

    PlanningData data;
    String actor;

    @BeforeEach
    void world() throws Exception {
        data = new PlanningData(mvc, json);
        actor = data.anActor().in("698").create();
    }

    @Test
    void aDeletedGoalIsForgottenByTheMeasuresThatServedItWithTheGoalsBelowIt() throws Exception {
        String plan = data.aProgramme().kind("SAFETY_PLAN").in("19").create();
        String goal = data.aGoal().in(plan).code("1").create();
        String below = data.aGoal().in(plan).code("1.1").under(goal).create();
        String other = data.aGoal().in(plan).code("2").create();
        String list = data.aProgramme().kind("ACTION_LIST").in("19").create();
        String measure = data.aMeasure()
                .inProgramme(list)
                .by(actor)
                .serving(below)
                .serving(other)
                .create();
        mvc.perform(delete("coordinator", "/api/v1/goals/" + goal)).andExpect(status().isNoContent());
        JsonNode after = null;
        for (int i = 0; i < 100; i++) {
            after = data.read("coordinator", "/api/v1/measures/" + measure);
            if (after.get("goalIds").size() == 1) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(after.get("goalIds").valueStream().map(JsonNode::asString)).containsExactly(other);
        mvc.perform(get("coordinator", "/api/v1/goals/" + below)).andExpect(status().isNotFound());
    }

    @Test
    void otherModulesReadSummariesInTheOrderAskedWithoutWhatTheyMayNotRead() throws Exception {
        String list = data.aProgramme().kind("ACTION_LIST").in("19").create();
        String first = data.aMeasure().inProgramme(list).by(actor).create();
        String second = data.aMeasure().inProgramme(list).by(actor).create();
        String group = data.aGroup();
        String secret = data.aProgramme()
                .kind("PREPAREDNESS_PLAN")
                .in("19")
                .ownedByGroup(group)
                .restricted()
                .create();
        String hidden = data.aMeasure().inProgramme(secret).by(actor).create();
        // no user here: an anonymous caller, who may not read the restricted plan
        assertThat(measures.summaries(List.of(second, "nonsense", hidden, first, "999999999")))
                .extracting(MeasureSummary::id)
                .containsExactly(second, first);
        assertThat(measures.summaries(List.of(first)).get(0).status()).isEqualTo("PLANNED");
    }

    @Test
    void aSourceMakesOneMeasureInTheRegionsCurrentActionList() {
        MeasureDraft draft = new MeasureDraft(
                "Lähteen toimenpide " + System.nanoTime(),
                "Kuvaus",
                actor,
                List.of(),
                List.of("698"),
                List.of(),
                List.of(),
                "PREVENTION",
                null,
                null,
                null);
        String source = "test-" + System.nanoTime();
        MeasureView created = measures.createFromSource(draft, "EXERCISE_LESSON", source);
        assertThat(created.status()).isEqualTo("PLANNED");
        assertThat(created.sourceType()).isEqualTo("EXERCISE_LESSON");
        assertThat(created.sourceId()).isEqualTo(source);
        assertThat(programmes.find(Long.parseLong(created.programmeId())))
                .hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(ProgrammeView.ACTION_LIST));
        assertThatThrownBy(() -> measures.createFromSource(draft, "EXERCISE_LESSON", source))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> measures.createFromSource(draft, "SOMETHING_ELSE", source))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goalLabelsAreTheCodeAndTitleOfTheGoalsTheCallerMayReadInTheOrderAsked() throws Exception {
        String plan = data.aProgramme().kind("SAFETY_PLAN").in("19").create();
        String a = data.aGoal().in(plan).code("9").create();
        String b = data.aGoal().in(plan).create();
        var labels = programmes.goalLabels(List.of(Long.valueOf(b), 999_999_999L, Long.valueOf(a)));
        assertThat(labels.keySet()).containsExactly(b, a);
        assertThat(labels.get(a)).startsWith("9 Testitavoite");
        assertThat(labels.get(b)).startsWith("Testitavoite");
    }

    @Test
    void theOpenApiDocumentMarksTheFieldsAPutLeavesAlone() throws Exception {
        JsonNode schemas = json.readTree(mvc.perform(get(null, "/v3/api-docs"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("components")
                .get("schemas");
        for (String field : List.of("id", "delayed", "lastProgressOn", "sourceType", "sourceId")) {
            assertThat(schemas.get("MeasureView")
                            .get("properties")
                            .get(field)
                            .get("readOnly")
                            .asBoolean())
                    .as("MeasureView.%s is read-only", field)
                    .isTrue();
        }
        assertThat(schemas.get("MeasureView").get("properties").get("title").has("readOnly"))
                .isFalse();
        for (String field : List.of("id", "status", "approvedAt", "approvedBy")) {
            assertThat(schemas.get("ProgrammeView")
                            .get("properties")
                            .get(field)
                            .get("readOnly")
                            .asBoolean())
                    .as("ProgrammeView.%s is read-only", field)
                    .isTrue();
        }
        assertThat(schemas.get("GoalLinkView")
                        .get("properties")
                        .get("createdAt")
                        .get("readOnly")
                        .asBoolean())
                .isTrue();
    }
}
