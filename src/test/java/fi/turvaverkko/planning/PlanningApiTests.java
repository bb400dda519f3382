package fi.turvaverkko.planning;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planning API of issue 3: programmes and their approval, goals and alignment links, measures
 * with costs and progress, the budget view, the wellbeing report's yearly steps, and the bad input
 * the issue names, each refused with a 4xx that writes nothing.
 */
@IntegrationTest
class PlanningApiTests {

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
    void theDemoDataHoldsTheRegionalProgrammeWithTheSeedsGoalsLinkedToNationalGoals() throws Exception {
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        JsonNode goals = plans.read(plans.body("coordinator", "/api/v1/goals?programmeId=" + regional + "&size=50"));
        assertThat(goals.get("page").get("totalElements").asInt()).isEqualTo(8);
        String g4 = plans.goalId(Plans.REGIONAL_PROGRAMME, "4");
        JsonNode links = plans.read(plans.body("coordinator", "/api/v1/goal-links?goalId=" + g4));
        assertThat(links.get("content").findValuesAsString("toProgrammeId"))
                .contains(plans.programmeId(Plans.NATIONAL_STRATEGY));
        JsonNode measures = plans.read(plans.body(
                "coordinator", "/api/v1/measures?programme=" + plans.programmeId(Plans.ACTION_LIST) + "&size=1"));
        assertThat(measures.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aProgrammeIsCreatedChangedWithItsVersionApprovedAndArchived() throws Exception {
        String id = plans.programme("coordinator", "REGIONAL_STRATEGY", "19", null);
        JsonNode p = plans.read(plans.body("coordinator", "/api/v1/programmes/" + id));
        assertThat(p.get("status").asString()).isEqualTo("DRAFT");
        assertThat(p.get("confidentiality").asString()).isEqualTo("PUBLIC");

        String renamed = p.toString().replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Lapin strategia (luonnos)\"");
        mvc.perform(put("coordinator", "/api/v1/programmes/" + id, renamed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Lapin strategia (luonnos)"))
                .andExpect(jsonPath("$.version").value(1));
        // the same old version again: 409 with the current state
        mvc.perform(put("coordinator", "/api/v1/programmes/" + id, renamed))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.version").value(1));
        mvc.perform(put(
                        "coordinator",
                        "/api/v1/programmes/" + id,
                        renamed.replaceFirst("\\{", "{\"colour\": \"red\", ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));

        // approval needs the decision
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/approve", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionReference"));
        mvc.perform(
                        post(
                                "coordinator",
                                "/api/v1/programmes/" + id + "/approve",
                                "{\"decisionReference\": \"Lapin sisäisen turvallisuuden yhteistyöryhmä 3.11.2026 § 7\", \"decisionDate\": \"2026-11-03\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("coordinator"))
                .andExpect(jsonPath("$.decisionDate").value("2026-11-03"));
        // the lifecycle goes one way only
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/approve", "{\"decisionReference\": \"x\"}"))
                .andExpect(status().isConflict());
        mvc.perform(Api.delete("coordinator", "/api/v1/programmes/" + id)).andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/archive", ""))
                .andExpect(status().isOk());
        String archived = plans.body("coordinator", "/api/v1/programmes/" + id);
        mvc.perform(put("coordinator", "/api/v1/programmes/" + id, archived)).andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/programmes/" + id + "/archive", ""))
                .andExpect(status().isConflict());
    }

    @Test
    void aProgrammeWithBadInputIsRefusedAndNothingIsWritten() throws Exception {
        long before = plans.count("programme");
        mvc.perform(post("coordinator", "/api/v1/programmes", """
                        {"kind": "NO_SUCH_KIND", "name": "", "areaCode": "999", "periodStart": "2027-01-01", "periodEnd": "2026-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("areaCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("ownerActorId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("periodEnd")));
        assertThat(plans.count("programme")).isEqualTo(before);
    }

    @Test
    void aRestrictedPlanCarriesItsLegalBasisAndTheEndOfItsSecrecy() throws Exception {
        String id = plans.programme("rovaniemi", "PREPAREDNESS_PLAN", "698", "\"confidentiality\": \"RESTRICTED\"");
        mvc.perform(get("rovaniemi", "/api/v1/programmes/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalBasis").value("JulkL 24 § 1 mom 8 k"))
                .andExpect(jsonPath("$.secrecyEndsOn").value("2051-12-31"));
    }

    @Test
    void goalsFormAHierarchyThatCannotLoopAndAreLockedOnceApproved() throws Exception {
        String p = plans.programme("coordinator", "REGIONAL_STRATEGY", "19", null);
        String top = plans.goal("coordinator", p, "1", "Turvallinen arki");
        String sub = plans.created(
                "coordinator",
                "/api/v1/goals",
                "{\"programmeId\": \"%s\", \"parentId\": \"%s\", \"code\": \"1.1\", \"title\": \"Kylät\"}"
                        .formatted(p, top));
        String topBody = plans.body("coordinator", "/api/v1/goals/" + top);
        mvc.perform(put(
                        "coordinator",
                        "/api/v1/goals/" + top,
                        topBody.replaceFirst("\"parentId\":null", "\"parentId\":\"" + sub + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/goals",
                        "{\"programmeId\": \"%s\", \"code\": \"1\", \"title\": \"Toinen\"}".formatted(p)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/programmes/" + p + "/approve",
                        "{\"decisionReference\": \"Päätös 1/2026\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/goals",
                        "{\"programmeId\": \"%s\", \"title\": \"Myöhässä\"}".formatted(p)))
                .andExpect(status().isConflict());
    }

    @Test
    void goalLinksRefuseTheSameProgrammeCyclesAndDuplicatesAndWriteNothing() throws Exception {
        String upper = plans.programme("coordinator", "REGIONAL_STRATEGY", "19", null);
        String lower = plans.programme("coordinator", "SECTOR_PLAN", "19", null);
        String third = plans.programme("coordinator", "SECTOR_PLAN", "SK191", null);
        String a = plans.goal("coordinator", upper, "A", "Ylätavoite");
        String a2 = plans.goal("coordinator", upper, "A2", "Toinen ylätavoite");
        String b = plans.goal("coordinator", lower, "B", "Alatavoite");
        String c = plans.goal("coordinator", third, "C", "Kolmas");
        String link = "{\"fromGoalId\": \"%s\", \"toGoalId\": \"%s\", \"kind\": \"%s\"}";
        long before = plans.count("goal_link");
        mvc.perform(post("coordinator", "/api/v1/goal-links", link.formatted(b, a, "CONTRIBUTES_TO")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/goal-links/")));
        mvc.perform(post("coordinator", "/api/v1/goal-links", link.formatted(c, b, "IMPLEMENTS")))
                .andExpect(status().isCreated());
        // a link inside one programme
        mvc.perform(post("coordinator", "/api/v1/goal-links", link.formatted(a2, a, "CONTRIBUTES_TO")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toGoalId"))
                .andExpect(jsonPath("$.errors[0].code").value("sameProgramme"));
        // a cycle a -> c -> b -> a
        mvc.perform(post("coordinator", "/api/v1/goal-links", link.formatted(a, c, "CONTRIBUTES_TO")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("cycle"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(post("coordinator", "/api/v1/goal-links", link.formatted(b, a, "IMPLEMENTS")))
                .andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/goal-links", link.formatted(b, a2, "SOMETHING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(plans.count("goal_link")).isEqualTo(before + 2);
    }

    @Test
    void theAlignmentOfANationalGoalReachesDownToMeasuresAndAMunicipalGoalSeesTheChainUp() throws Exception {
        String national = plans.goalId(Plans.NATIONAL_STRATEGY, "2");
        String down = plans.body("coordinator", "/api/v1/goals/" + national + "/alignment");
        // N2 <- G4 (regional) <- R1 (Rovaniemi) <- measures
        assertThat(down).contains("Ennalta ehkäisevä toiminta, varhainen puuttuminen ja syrjäytymisen ehkäisy");
        assertThat(down).contains("Lasten, nuorten ja perheiden hyvinvointi");
        assertThat(down).contains("Perhekeskusten matalan kynnyksen vanhemmuuden tuki");
        assertThat(plans.read(down).get("measureCount").asInt()).isGreaterThan(20);
        String municipal = plans.goalId(Plans.WELLBEING_PLAN, "1.1");
        JsonNode up = plans.read(plans.body("rovaniemi", "/api/v1/goals/" + municipal + "/alignment"));
        assertThat(up.get("up").toString())
                .contains("Lasten, nuorten ja perheiden hyvinvointi") // its parent goal
                .contains("Ennalta ehkäisevä toiminta") // the regional goal
                .contains("Ennalta ehkäisevä työ ja varhainen puuttuminen"); // the national goal
    }

    @Test
    void theMatrixShowsTwoProgrammesGoalsAndTheirLinks() throws Exception {
        String regional = plans.programmeId(Plans.REGIONAL_PROGRAMME);
        String national = plans.programmeId(Plans.NATIONAL_STRATEGY);
        JsonNode m = plans.read(plans.body("coordinator", "/api/v1/alignment/matrix?a=" + regional + "&b=" + national));
        assertThat(m.get("rows").size()).isEqualTo(8);
        assertThat(m.get("columns").size()).isEqualTo(6);
        String g4 = plans.goalId(Plans.REGIONAL_PROGRAMME, "4");
        String n2 = plans.goalId(Plans.NATIONAL_STRATEGY, "2");
        assertThat(m.get("cells").get(g4 + "/" + n2).asString()).isEqualTo("UP:IMPLEMENTS");
        // national goals are at the top: no mark for a missing link up
        String n6 = plans.goalId(Plans.NATIONAL_STRATEGY, "6");
        assertThat(m.get("columnMarks").get(n6).get("noLinkUp").asBoolean()).isFalse();
    }

    @Test
    void aMeasureIsFilteredByEveryFieldOfTheIssue() throws Exception {
        String actionList = plans.programmeId(Plans.ACTION_LIST);
        String rescue = Api.actorId(jdbc, "Lapin pelastuslaitos");
        String q = "/api/v1/measures?size=1000&area=19&theme=FIRE_SAFETY&targetGroup=OLDER_PEOPLE&emphasis=PREVENTION"
                + "&status=ONGOING&responsibleActor=" + rescue + "&programme=" + actionList + "&year=2026";
        JsonNode result = plans.read(plans.body("coordinator", q));
        assertThat(result.get("content").findValuesAsString("code")).contains("C1.1");
        for (JsonNode m : result.get("content")) {
            assertThat(m.get("themes").toString()).contains("FIRE_SAFETY");
            assertThat(m.get("responsibleActorId").asString()).isEqualTo(rescue);
        }
        // a filter that matches nothing answers an empty page, not an error
        mvc.perform(get("coordinator", "/api/v1/measures?area=890&theme=TOURISM_SAFETY&status=CANCELLED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("coordinator", "/api/v1/measures?theme=NO_SUCH&emphasis=X&year=1800"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("theme")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("emphasis")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("year")));
        mvc.perform(get("coordinator", "/api/v1/measures?area=XYZ"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
        mvc.perform(get("coordinator", "/api/v1/measures?size=5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("coordinator", "/api/v1/measures?status=DELAYED&size=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].delayed").value(true));
    }

    @Test
    void aMeasureWithBadInputIsRefusedAndNothingIsWritten() throws Exception {
        String programme = plans.programmeId(Plans.WELLBEING_PLAN);
        String own = plans.ownActor("rovaniemi");
        long before = plans.count("measure");
        String endsBeforeStart = Plans.measureJson(programme, own, "698", "Väärin päin")
                .replace("\"endDate\": \"2026-10-31\"", "\"endDate\": \"2026-01-31\"");
        mvc.perform(post("rovaniemi", "/api/v1/measures", endsBeforeStart))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.detail").value("Toimenpide ei voi päättyä ennen kuin se alkaa."));
        String negative = Plans.measureJson(programme, own, "698", "Miinus").replace("1200.50", "-5");
        mvc.perform(post("rovaniemi", "/api/v1/measures", negative).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("costs"))
                .andExpect(jsonPath("$.errors[0].message").value("A cost cannot be below zero."));
        String unknownArea = Plans.measureJson(programme, own, "999", "Tuntematon alue");
        mvc.perform(post("rovaniemi", "/api/v1/measures", unknownArea))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaCodes"));
        assertThat(plans.count("measure")).isEqualTo(before);
    }

    @Test
    void aMeasureMovesThroughItsLifecycleByProgressAndRefusesForbiddenSteps() throws Exception {
        String programme = plans.programmeId(Plans.WELLBEING_PLAN);
        String id = plans.measure("rovaniemi", programme, plans.ownActor("rovaniemi"), "698");
        JsonNode m = plans.read(plans.body("rovaniemi", "/api/v1/measures/" + id));
        assertThat(m.get("status").asString()).isEqualTo("PLANNED");
        assertThat(m.get("costs").get(0).get("planned").decimalValue()).isEqualByComparingTo("1200.50");
        // planned -> done skips "ongoing": refused
        mvc.perform(put(
                        "rovaniemi",
                        "/api/v1/measures/" + id,
                        m.toString().replace("\"status\":\"PLANNED\"", "\"status\":\"DONE\"")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(
                        post(
                                "rovaniemi",
                                "/api/v1/measures/" + id + "/progress",
                                "{\"date\": \"2026-04-02\", \"status\": \"ONGOING\", \"percent\": 40, \"text\": \"Aloitettu.\", \"realisedCost\": 300}"))
                .andExpect(status().isCreated());
        mvc.perform(post(
                        "rovaniemi",
                        "/api/v1/measures/" + id + "/progress",
                        "{\"date\": \"2999-01-01\", \"status\": \"ONGOING\", \"text\": \"Tulevaisuudesta\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(
                        post(
                                "rovaniemi",
                                "/api/v1/measures/" + id + "/progress",
                                "{\"date\": \"2026-10-30\", \"status\": \"DONE\", \"text\": \"Valmis.\", \"realisedCost\": 800.25}"))
                .andExpect(status().isCreated());
        JsonNode done = plans.read(plans.body("rovaniemi", "/api/v1/measures/" + id));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("progressPercent").asInt()).isEqualTo(100);
        assertThat(done.get("costs").get(0).get("realised").decimalValue())
                .isEqualByComparingTo(new BigDecimal("1100.25"));
        // done is final
        mvc.perform(post(
                        "rovaniemi",
                        "/api/v1/measures/" + id + "/progress",
                        "{\"status\": \"ONGOING\", \"text\": \"Uudelleen\"}"))
                .andExpect(status().isConflict());
        JsonNode progress = plans.read(plans.body("rovaniemi", "/api/v1/measures/" + id + "/progress"));
        assertThat(progress.size()).isEqualTo(2);
    }

    @Test
    void theBudgetViewCountsAMeasuresCostsAndItsShareOfPrevention() throws Exception {
        JsonNode before = plans.read(plans.body("rovaniemi", "/api/v1/budget?area=698"));
        String programme = plans.programmeId(Plans.WELLBEING_PLAN);
        String body = Plans.measureJson(programme, plans.ownActor("rovaniemi"), "698", Api.unique("Korjaava"))
                .replace("\"emphasis\": \"PREVENTION\"", "\"emphasis\": \"CORRECTIVE\"")
                .replace("1200.50", "10000");
        plans.created("rovaniemi", "/api/v1/measures", body);
        JsonNode after = plans.read(plans.body("rovaniemi", "/api/v1/budget?area=698"));
        BigDecimal planned = after.get("total")
                .get("planned")
                .decimalValue()
                .subtract(before.get("total").get("planned").decimalValue());
        assertThat(planned).isEqualByComparingTo("10000");
        assertThat(shareOf(after, 2026)).isLessThan(shareOf(before, 2026));
        mvc.perform(get("rovaniemi", "/api/v1/budget?area=ZZZ")).andExpect(status().isBadRequest());
    }

    private static int shareOf(JsonNode budget, int year) {
        for (JsonNode s : budget.get("prevention")) {
            if (s.get("year").asInt() == year) {
                JsonNode p = s.get("preventive").get("planned");
                JsonNode c = s.get("corrective").get("planned");
                return p.decimalValue()
                        .multiply(BigDecimal.valueOf(1000))
                        .divide(p.decimalValue().add(c.decimalValue()), 0, java.math.RoundingMode.HALF_UP)
                        .intValue();
            }
        }
        return -1;
    }

    @Test
    void theWellbeingPlansYearlyReportIsDraftedFromItsMeasuresAndApprovedOnce() throws Exception {
        String plan = plans.programme("rovaniemi", "WELLBEING_PLAN", "698", null);
        String goal = plans.goal("rovaniemi", plan, "1", "Nuoret voivat hyvin");
        String measure = plans.created(
                "rovaniemi",
                "/api/v1/measures",
                Plans.measureJson(plan, plans.ownActor("rovaniemi"), "698", "Nuorisotalon iltapäivät")
                        .replace("\"emphasis\"", "\"goalIds\": [\"" + goal + "\"], \"emphasis\""));
        assertThat(measure).isNotBlank();
        String created = mvc.perform(post(
                        "rovaniemi",
                        "/api/v1/programmes/" + plan + "/wellbeing-reports",
                        "{\"type\": \"YEARLY_REPORT\", \"year\": 2026}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode r = plans.read(created);
        assertThat(r.get("body").asString().replace('\u00a0', ' ').replace('\u202f', ' '))
                .contains("Nuoret voivat hyvin")
                .contains("Nuorisotalon iltapäivät")
                .contains("1 201 €");
        mvc.perform(post(
                        "rovaniemi",
                        "/api/v1/programmes/" + plan + "/wellbeing-reports",
                        "{\"type\": \"YEARLY_REPORT\", \"year\": 2026}"))
                .andExpect(status().isConflict());
        mvc.perform(post(
                        "rovaniemi",
                        "/api/v1/programmes/" + plan + "/wellbeing-reports",
                        "{\"type\": \"YEARLY_REPORT\", \"year\": 2035}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        String id = r.get("id").asString();
        // saved unchanged (as its edit form does), the draft is the same text (issue 10's sweep)
        mvc.perform(put("rovaniemi", "/api/v1/wellbeing-reports/" + id, created))
                .andExpect(status().isOk());
        assertThat(plans.read(plans.body("rovaniemi", "/api/v1/wellbeing-reports/" + id))
                        .get("body")
                        .asString())
                .isEqualTo(r.get("body").asString());
        // the draft still asks its working group to write the assessment: it cannot go to the council
        mvc.perform(post(
                                "rovaniemi",
                                "/api/v1/wellbeing-reports/" + id + "/approve",
                                "{\"decisionReference\": \"Kaupunginvaltuusto 1.6.2027 § 50\"}")
                        .header("Accept-Language", "fi"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.detail", containsString("Hyvinvointi- ja turvallisuustyöryhmän arvio")))
                .andExpect(jsonPath("$.detail", containsString("Kirjoita tähän")));
        assertThat(plans.read(plans.body("rovaniemi", "/api/v1/wellbeing-reports/" + id))
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
        // the group writes its assessment where the draft asked for it
        JsonNode draft = plans.read(plans.body("rovaniemi", "/api/v1/wellbeing-reports/" + id));
        String written = draft.get("body")
                .asString()
                .replaceAll("Kirjoita tähän,[^\n]*", "Nuorten iltapäivätoiminta vakiintui; jatketaan ensi vuonna.");
        ((tools.jackson.databind.node.ObjectNode) draft).put("body", written);
        mvc.perform(put("rovaniemi", "/api/v1/wellbeing-reports/" + id, draft.toString()))
                .andExpect(status().isOk());
        mvc.perform(post(
                        "rovaniemi",
                        "/api/v1/wellbeing-reports/" + id + "/approve",
                        "{\"decisionReference\": \"Kaupunginvaltuusto 1.6.2027 § 50\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(put(
                        "rovaniemi",
                        "/api/v1/wellbeing-reports/" + id,
                        plans.body("rovaniemi", "/api/v1/wellbeing-reports/" + id)))
                .andExpect(status().isConflict());
        mvc.perform(get("rovaniemi", "/api/v1/wellbeing-reports/" + id + "/report.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/pdf")));
        // only wellbeing plans have the cycle
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/programmes/" + plans.programmeId(Plans.REGIONAL_PROGRAMME) + "/wellbeing-reports",
                        "{\"type\": \"YEARLY_REPORT\", \"year\": 2026}"))
                .andExpect(status().isConflict());
    }

    @Test
    void noApprovedWellbeingReportKeepsTheDraftsInstructions() {
        // the demo's approved yearly report went to the council with the working group's assessment
        List<String> bodies = jdbc.sql("SELECT body FROM planning.wellbeing_report WHERE status = 'APPROVED'")
                .query(String.class)
                .list();
        assertThat(bodies).isNotEmpty();
        assertThat(bodies)
                .allSatisfy(b -> assertThat(b).doesNotContain("Kirjoita tähän").doesNotContain("Skriv här"));
    }
}
