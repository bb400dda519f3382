package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.PlanningData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who reads the measures of a restricted plan, asked of the database in the list's own query (no
 * remembered answer): an authority, the region's coordinator and the members of the owning group read
 * them; a member of another group, an anonymous reader and the public list do not, and a change of
 * membership shows at once.
 */
@IntegrationTest
class RestrictedPlanScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    PlanningData data;
    String group;
    String plan;
    String measure;
    String responsible;

    @BeforeEach
    void world() throws Exception {
        data = new PlanningData(mvc, json);
        group = data.aGroup();
        responsible = data.anActor().in("698").create();
        plan = data.aProgramme()
                .kind("PREPAREDNESS_PLAN")
                .in("19")
                .ownedByGroup(group)
                .restricted()
                .create();
        measure = data.aMeasure().inProgramme(plan).by(responsible).in("698").create();
    }

    private long seen(String user, String query) throws Exception {
        JsonNode page = json.readTree(mvc.perform(get(user, "/api/v1/measures?" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        return page.get("page").get("totalElements").asLong();
    }

    @Test
    void theCoordinatorAndAnAuthorityReadTheRestrictedPlansMeasures() throws Exception {
        assertThat(seen("coordinator", "programme=" + plan)).isEqualTo(1);
        assertThat(seen("pelastus", "programme=" + plan)).isEqualTo(1);
        mvc.perform(get("pelastus", "/api/v1/measures/" + measure)).andExpect(status().isOk());
    }

    @Test
    void aMemberOfTheOwningGroupReadsThemAndAnotherUserDoesNotEvenInCounts() throws Exception {
        String query = "responsibleActor=" + responsible;
        assertThat(seen("spr", query)).isZero();
        mvc.perform(get("spr", "/api/v1/measures/" + measure)).andExpect(status().isNotFound());
        mvc.perform(get("spr", "/api/v1/programmes/" + plan)).andExpect(status().isNotFound());

        String membership = data.member(group, data.actorOf("spr"));
        try {
            // no answer was kept: the next request sees the new member
            assertThat(seen("spr", query)).isEqualTo(1);
            mvc.perform(get("spr", "/api/v1/measures/" + measure)).andExpect(status().isOk());
            assertThat(seen("yritys", query)).isZero();
            mvc.perform(get("yritys", "/api/v1/measures/" + measure)).andExpect(status().isNotFound());
        } finally {
            // the demo user's rights as the other tests expect them; and it shows at once again
            data.leave(group, membership);
        }
        assertThat(seen("spr", query)).isZero();
    }

    @Test
    void theOwnersOwnUsersReadThePlanItOwns() throws Exception {
        String own = data.aProgramme()
                .kind("PREPAREDNESS_PLAN")
                .in("19")
                .ownedBy(data.actorOf("spr"))
                .restricted()
                .create();
        try {
            String m =
                    data.aMeasure().inProgramme(own).by(responsible).in("698").create();
            mvc.perform(get("spr", "/api/v1/measures/" + m)).andExpect(status().isOk());
            mvc.perform(get("yritys", "/api/v1/measures/" + m)).andExpect(status().isNotFound());
        } finally {
            // a plan the demo user owns would be one more restricted plan the other tests see it read
            data.deleteProgramme("coordinator", own);
        }
    }

    @Test
    void noRestrictedMeasureReachesThePublicListOrItsExport() throws Exception {
        JsonNode open = data.read(null, "/api/v1/public/measures?size=1000&area=698&theme=VILLAGE_SAFETY");
        assertThat(open.get("content").findValuesAsString("id")).doesNotContain(measure);
        String csv = mvc.perform(get(null, "/api/v1/public/measures/export?format=csv&area=698"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .doesNotContain(data.read("coordinator", "/api/v1/measures/" + measure)
                        .get("title")
                        .asString());
    }

    @Test
    void theGoalsOfARestrictedPlanAreHiddenFromWhoMayNotReadItInTheGoalList() throws Exception {
        String draft = data.aProgramme()
                .kind("PREPAREDNESS_PLAN")
                .in("19")
                .ownedByGroup(group)
                .restricted()
                .create();
        String goal = data.aGoal().in(draft).code("1").create();
        assertThat(data.read("coordinator", "/api/v1/goals?programmeId=" + draft)
                        .get("content")
                        .findValuesAsString("id"))
                .containsExactly(goal);
        mvc.perform(get("yritys", "/api/v1/goals/" + goal)).andExpect(status().isNotFound());
        assertThat(data.read("yritys", "/api/v1/goals?q=" + "Testitavoite&size=1000")
                        .get("content")
                        .findValuesAsString("id"))
                .doesNotContain(goal);
    }
}
