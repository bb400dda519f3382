package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every planning right of issue 3, tried by someone who must not pass: deny by default; an actor's
 * users edit the measures their actor is responsible for and add progress to them; a municipal
 * working group's members edit their municipality's plans; the coordinator edits regional
 * programmes; only authority users and the owner read restricted plans, and to everyone else they
 * do not exist (404), not in lists, counts, searches, exports or alignment views either.
 */
@IntegrationTest
class PlanningRightsTests {

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
    void anonymousCallersReachNoPlanningDataOutsideThePublicPaths() throws Exception {
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        for (String path : new String[] {
            "/api/v1/programmes",
            "/api/v1/programmes/" + regional,
            "/api/v1/goals",
            "/api/v1/goal-links",
            "/api/v1/measures",
            "/api/v1/measures/export?format=csv",
            "/api/v1/budget?area=19",
            "/api/v1/programmes/" + regional + "/report.pdf"
        }) {
            mvc.perform(get(null, path)).andExpect(status().isUnauthorized());
        }
        long measures = plans.count("measure");
        mvc.perform(post(null, "/api/v1/measures", "{}")).andExpect(status().is4xxClientError());
        assertThat(plans.count("measure")).isEqualTo(measures);
        mvc.perform(MockMvcRequestBuilders.get("/programmes/" + regional))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void aRestrictedPlanDoesNotExistForThoseWhoMayNotReadIt() throws Exception {
        String plan = plans.programmeId(Plans.PREPAREDNESS_PLAN);
        String goal = plans.goalId(Plans.PREPAREDNESS_PLAN, "1");
        String measure = plans.measureId(Plans.PREPAREDNESS_PLAN, "V-1");
        for (String outsider : new String[] {"spr", "yritys"}) {
            for (String path : new String[] {
                "/api/v1/programmes/" + plan,
                "/api/v1/programmes/" + plan + "/report.pdf",
                "/api/v1/goals/" + goal,
                "/api/v1/goals/" + goal + "/alignment",
                "/api/v1/measures/" + measure,
                "/api/v1/measures/" + measure + "/progress",
                "/api/v1/attachments?ownerType=PROGRAMME&ownerId=" + plan
            }) {
                mvc.perform(get(outsider, path)).andExpect(status().isNotFound());
            }
            // the same answer as for something that never existed
            String unknown = mvc.perform(get(outsider, "/api/v1/programmes/987654321"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString()
                    .replace("987654321", plan);
            String hidden = mvc.perform(get(outsider, "/api/v1/programmes/" + plan))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(hidden).isEqualTo(unknown);
            // not in lists, counts or searches
            String list = plans.body(outsider, "/api/v1/programmes?size=1000&q=valmiussuunnitelma");
            assertThat(list).doesNotContain(Plans.PREPAREDNESS_PLAN);
            assertThat(plans.read(plans.body(outsider, "/api/v1/programmes?size=1&confidentiality=RESTRICTED"))
                            .get("page")
                            .get("totalElements")
                            .asInt())
                    .isZero();
            assertThat(plans.read(plans.body(outsider, "/api/v1/measures?size=1&programme=" + plan))
                            .get("page")
                            .get("totalElements")
                            .asInt())
                    .isZero();
            assertThat(plans.body(outsider, "/api/v1/measures?size=1000&area=698"))
                    .doesNotContain("johtokeskuksen varavoiman");
            assertThat(plans.body(outsider, "/api/v1/goals?size=1000&q=sähkökatkossa"))
                    .doesNotContain("Kriittisten toimintojen");
            assertThat(plans.body(outsider, "/api/v1/goal-links?size=1000"))
                    .doesNotContain("\"fromGoalId\":\"" + goal + "\"");
            String csv = mvc.perform(get(outsider, "/api/v1/measures/export?format=csv&area=698"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv).doesNotContain("johtokeskuksen varavoiman");
            // the regional goal it implements does not show it below
            String g8 = plans.goalId(Plans.REGIONAL_PROGRAMME, "8");
            assertThat(plans.body(outsider, "/api/v1/goals/" + g8 + "/alignment"))
                    .doesNotContain("Kriittisten toimintojen");
            mvc.perform(post(outsider, "/api/v1/measures/" + measure + "/progress", "{\"text\": \"x\"}"))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void authorityUsersAndTheOwnerReadARestrictedPlanAndTheReadIsLogged() throws Exception {
        String plan = plans.programmeId(Plans.PREPAREDNESS_PLAN);
        long before = jdbc.sql(
                        "SELECT count(*) FROM audit.entry WHERE action = 'READ_RESTRICTED' AND items @> ARRAY[?::text]")
                .param("PROGRAMME:" + plan)
                .query(Long.class)
                .single();
        for (String reader : new String[] {"rovaniemi", "pelastus", "coordinator"}) {
            mvc.perform(get(reader, "/api/v1/programmes/" + plan)).andExpect(status().isOk());
        }
        assertThat(plans.body(
                        "pelastus", "/api/v1/goals/" + plans.goalId(Plans.REGIONAL_PROGRAMME, "8") + "/alignment"))
                .contains("Kriittisten toimintojen");
        long after = jdbc.sql(
                        "SELECT count(*) FROM audit.entry WHERE action = 'READ_RESTRICTED' AND items @> ARRAY[?::text]")
                .param("PROGRAMME:" + plan)
                .query(Long.class)
                .single();
        // one entry per request: the three reads of the plan, and the alignment that shows its goal
        assertThat(after).isEqualTo(before + 4);
    }

    @Test
    void anActorsUsersEditTheMeasuresTheirActorIsResponsibleForAndNoOthers() throws Exception {
        String measure = plans.measureId(Plans.ACTION_LIST, "F1.6"); // Lapin pelastuslaitos is responsible
        String body = plans.body("pelastus", "/api/v1/measures/" + measure);
        String changed = body.replaceFirst("\"description\":null", "\"description\":\"Kotikäynnit jatkuvat.\"");
        for (String outsider : new String[] {"spr", "yritys", "rovaniemi"}) {
            mvc.perform(put(outsider, "/api/v1/measures/" + measure, changed)).andExpect(status().isForbidden());
            mvc.perform(post(outsider, "/api/v1/measures/" + measure + "/progress", "{\"text\": \"Ei minun.\"}"))
                    .andExpect(status().isForbidden());
        }
        String saved = mvc.perform(put("pelastus", "/api/v1/measures/" + measure, changed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post(
                        "pelastus",
                        "/api/v1/measures/" + measure + "/progress",
                        "{\"text\": \"Kartoituksia tehty lisää.\", \"percent\": 50}"))
                .andExpect(status().isCreated());
        // handing the measure to another actor or deleting it is for the programme's editors
        String handedOver = saved.replaceFirst(
                        "\"responsibleActorId\":\"[0-9]+\"", "\"responsibleActorId\":\"" + plans.ownActor("spr") + "\"")
                .replaceFirst(
                        "\"version\":[0-9]+",
                        "\"version\":"
                                + plans.read(plans.body("pelastus", "/api/v1/measures/" + measure))
                                        .get("version")
                                        .asLong());
        mvc.perform(put("pelastus", "/api/v1/measures/" + measure, handedOver)).andExpect(status().isForbidden());
        mvc.perform(delete("pelastus", "/api/v1/measures/" + measure)).andExpect(status().isForbidden());
        // the coordinator edits the regional action list
        mvc.perform(put(
                        "coordinator",
                        "/api/v1/measures/" + measure,
                        plans.body("coordinator", "/api/v1/measures/" + measure)))
                .andExpect(status().isOk());
    }

    @Test
    void theMunicipalWorkingGroupsMembersEditTheMunicipalitysPlansAndNobodyElse() throws Exception {
        String plan = plans.programmeId(Plans.SAFETY_PLAN);
        String body = plans.body("rovaniemi", "/api/v1/programmes/" + plan);
        // neither outsiders nor the regional coordinator
        for (String outsider : new String[] {"spr", "yritys", "coordinator", "admin"}) {
            mvc.perform(put(outsider, "/api/v1/programmes/" + plan, body)).andExpect(status().isForbidden());
            mvc.perform(post(
                            outsider,
                            "/api/v1/measures",
                            Plans.measureJson(plan, plans.ownActor(outsider), "698", "Luvaton")))
                    .andExpect(status().isForbidden());
            mvc.perform(post(
                            outsider,
                            "/api/v1/programmes",
                            "{\"kind\": \"SAFETY_PLAN\", \"name\": \"Luvaton\", \"areaCode\": \"698\", \"ownerActorId\": \"%s\"}"
                                    .formatted(plans.ownActor("rovaniemi"))))
                    .andExpect(status().isForbidden());
        }
        // the city chairs its working group; the rescue department is a member of it
        mvc.perform(put("rovaniemi", "/api/v1/programmes/" + plan, body)).andExpect(status().isOk());
        String measure = plans.created(
                "pelastus",
                "/api/v1/measures",
                Plans.measureJson(plan, plans.ownActor("pelastus"), "698", Api.unique("Palotarkastus")));
        assertThat(measure).isNotBlank();
        // a member of Rovaniemi's group is no member of Sodankylä's unless it sits in that group too
        String own = plans.programme("rovaniemi", "SECTOR_PLAN", "698", null);
        assertThat(own).isNotBlank();
        mvc.perform(post(
                        "rovaniemi",
                        "/api/v1/programmes",
                        "{\"kind\": \"SAFETY_PLAN\", \"name\": \"Naapurin suunnitelma\", \"areaCode\": \"758\", \"ownerActorId\": \"%s\"}"
                                .formatted(plans.ownActor("rovaniemi"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCoordinatorEditsRegionalProgrammes() throws Exception {
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        String body = plans.body("coordinator", "/api/v1/programmes/" + regional);
        for (String outsider : new String[] {"rovaniemi", "pelastus", "spr", "yritys", "admin"}) {
            mvc.perform(put(outsider, "/api/v1/programmes/" + regional, body)).andExpect(status().isForbidden());
            mvc.perform(post(outsider, "/api/v1/programmes/" + regional + "/archive", ""))
                    .andExpect(status().isForbidden());
            mvc.perform(post(
                            outsider,
                            "/api/v1/programmes",
                            "{\"kind\": \"REGIONAL_PROGRAMME\", \"name\": \"Luvaton\", \"areaCode\": \"19\", \"ownerActorId\": \"%s\"}"
                                    .formatted(plans.ownActor(outsider))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("coordinator", "/api/v1/programmes/" + regional, body)).andExpect(status().isOk());
    }

    @Test
    void goalLinksAreMadeOnlyByTheEditorsOfOneOfTheTwoProgrammes() throws Exception {
        String lower = plans.goalId(Plans.SAFETY_PLAN, "2");
        String national = plans.goalId(Plans.NATIONAL_STRATEGY, "1");
        String link = "{\"fromGoalId\": \"%s\", \"toGoalId\": \"%s\", \"kind\": \"CONTRIBUTES_TO\"}"
                .formatted(lower, national);
        mvc.perform(post("yritys", "/api/v1/goal-links", link)).andExpect(status().isForbidden());
        mvc.perform(post("spr", "/api/v1/goal-links", link)).andExpect(status().isForbidden());
        String id = plans.created("rovaniemi", "/api/v1/goal-links", link);
        mvc.perform(delete("yritys", "/api/v1/goal-links/" + id)).andExpect(status().isForbidden());
        mvc.perform(delete("rovaniemi", "/api/v1/goal-links/" + id)).andExpect(status().isNoContent());
    }

    @Test
    void theWellbeingReportIsDraftedAndApprovedByTheWorkingGroupOnly() throws Exception {
        String plan = plans.programmeId(Plans.WELLBEING_PLAN);
        JsonNode reports = plans.read(plans.body("spr", "/api/v1/programmes/" + plan + "/wellbeing-reports"));
        String draft = null;
        for (JsonNode r : reports) {
            if ("DRAFT".equals(r.get("status").asString())) {
                draft = r.get("id").asString();
            }
        }
        assertThat(draft).isNotNull();
        for (String outsider : new String[] {"spr", "yritys", "coordinator"}) {
            mvc.perform(post(
                            outsider,
                            "/api/v1/wellbeing-reports/" + draft + "/approve",
                            "{\"decisionReference\": \"x\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(
                            outsider,
                            "/api/v1/programmes/" + plan + "/wellbeing-reports",
                            "{\"type\": \"YEARLY_REVIEW\", \"year\": 2028}"))
                    .andExpect(status().isForbidden());
        }
    }
}
