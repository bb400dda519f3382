package fi.turvaverkko.continuity;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The continuity API: the whole path of an assessment, refusals that write nothing, questionnaire
 * versions, and the rule that only an organisation's own users ever see its answers.
 */
@IntegrationTest
class ContinuityApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Areas areas;

    @Autowired
    Actors actors;

    @Autowired
    UserManagement users;

    @Autowired
    AssessmentService assessments;

    @Autowired
    QuestionnaireService questionnaires;

    TestRegion region;

    @BeforeEach
    void region() {
        region = new TestRegion(jdbc, areas, actors, users, assessments, questionnaires);
    }

    JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isBlank() ? null : json.readTree(body);
    }

    JsonNode questionnaire(String family) throws Exception {
        JsonNode list = call(get("yritys", "/api/v1/continuity/questionnaires?current=true"), 200);
        for (JsonNode q : list.get("content")) {
            if (q.get("code").asString().equals(family)) {
                return call(
                        get(
                                "yritys",
                                "/api/v1/continuity/questionnaires/"
                                        + q.get("id").asString()),
                        200);
            }
        }
        throw new AssertionError("no questionnaire " + family);
    }

    static List<String> questionIds(JsonNode q) {
        List<String> ids = new ArrayList<>();
        q.get("sections")
                .forEach(
                        s -> s.get("questions").forEach(x -> ids.add(x.get("id").asString())));
        return ids;
    }

    static String answers(List<String> ids, int score) {
        StringBuilder b = new StringBuilder("{\"answers\": [");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"questionId\": \"")
                    .append(ids.get(i))
                    .append("\", \"score\": ")
                    .append(score)
                    .append(", \"note\": \"muistiinpano ")
                    .append(i)
                    .append("\"}");
        }
        return b.append("]}").toString();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void aBusinessAnswersInTwoSittingsAndGetsItsResultsAndReport() throws Exception {
        String[] b = region.business(region.mun1);
        String user = b[1];
        JsonNode started = call(post(user, "/api/v1/continuity/assessments", "{}"), 201);
        String id = started.get("id").asString();
        assertThat(started.get("questionnaireCode").asString()).isEqualTo("BCM");
        assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode q = questionnaire("BCM");
        List<String> ids = questionIds(q);
        assertThat(ids).hasSize(25);

        // first sitting: half of the questions
        call(put(user, "/api/v1/continuity/assessments/" + id + "/answers", answers(ids.subList(0, 12), 1)), 200);
        // a second one for the same family is refused while this one is open
        call(post(user, "/api/v1/continuity/assessments", "{}"), 409);
        mvc.perform(post(user, "/api/v1/continuity/assessments/" + id + "/submit", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(13));
        mvc.perform(get(user, "/api/v1/continuity/assessments/" + id + "/results"))
                .andExpect(status().isConflict());

        // second sitting: the rest, some better
        JsonNode resumed = call(get(user, "/api/v1/continuity/assessments/" + id), 200);
        assertThat(resumed.get("answered").asInt()).isEqualTo(12);
        assertThat(resumed.get("answers").get(0).get("note").asString()).isEqualTo("muistiinpano 0");
        call(put(user, "/api/v1/continuity/assessments/" + id + "/answers", answers(ids.subList(12, 25), 3)), 200);
        JsonNode submitted = call(post(user, "/api/v1/continuity/assessments/" + id + "/submit", ""), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

        JsonNode results = call(get(user, "/api/v1/continuity/assessments/" + id + "/results"), 200);
        assertThat(results.get("sections")).hasSize(8);
        // weakest first, each with its suggestion
        JsonNode weakest = results.get("weakest");
        assertThat(weakest.get(0).get("score").asInt()).isEqualTo(1);
        assertThat(weakest.get(weakest.size() - 1).get("score").asInt()).isEqualTo(3);
        assertThat(weakest.get(0).get("suggestionTitle").asString()).isNotBlank();
        mvc.perform(get(user, "/api/v1/continuity/assessments/" + id + "/report.pdf")
                        .accept(org.springframework.http.MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(
                        r -> assertThat(r.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes()));
        // submitted answers stay as they are
        call(put(user, "/api/v1/continuity/assessments/" + id + "/answers", answers(ids.subList(0, 1), 4)), 409);
        call(post(user, "/api/v1/continuity/assessments/" + id + "/submit", ""), 409);
        call(delete(user, "/api/v1/continuity/assessments/" + id), 409);
    }

    @Test
    void badAnswersAreRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
        String[] b = region.business(region.mun1);
        String id = call(post(b[1], "/api/v1/continuity/assessments", "{}"), 201)
                .get("id")
                .asString();
        List<String> ids = questionIds(questionnaire("BCM"));
        List<String> light = questionIds(questionnaire("BCM_LIGHT"));
        long before = count("SELECT count(*) FROM continuity.answer");
        mvc.perform(put(
                        b[1],
                        "/api/v1/continuity/assessments/" + id + "/answers",
                        "{\"answers\": [{\"questionId\": \"" + ids.get(0) + "\", \"score\": 2}," + "{\"questionId\": \""
                                + ids.get(1) + "\", \"score\": 5}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[1].score"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("0–4")));
        mvc.perform(put(
                                b[1],
                                "/api/v1/continuity/assessments/" + id + "/answers",
                                "{\"answers\": [{\"questionId\": \"" + light.get(0) + "\", \"score\": 2}]}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("questionnaire version")));
        mvc.perform(put(
                        b[1],
                        "/api/v1/continuity/assessments/" + id + "/answers",
                        "{\"answers\": [{\"questionId\": \"x1\", \"score\": -1}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(b[1], "/api/v1/continuity/assessments/" + id + "/answers", "{\"answers\": [], \"extra\": 1}"))
                .andExpect(status().isBadRequest());
        assertThat(count("SELECT count(*) FROM continuity.answer")).isEqualTo(before);
        // an old version or an unknown questionnaire cannot be started
        mvc.perform(post(b[1], "/api/v1/continuity/assessments", "{\"questionnaireId\": \"987654\"}"))
                .andExpect(status().isBadRequest());
        // someone else's organisation cannot be assessed
        mvc.perform(post(
                        b[1],
                        "/api/v1/continuity/assessments",
                        "{\"actorId\": \"" + region.actor("Vieras Oy", "BUSINESS", region.mun2) + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void answersAreSeenByTheOrganisationsOwnUsersOnly() throws Exception {
        String[] owner = region.business(region.mun1);
        String[] other = region.business(region.mun1);
        String colleague =
                region.user("tc" + Long.toString(System.nanoTime(), 36), fi.turvaverkko.identity.Role.MEMBER, owner[0]);
        String id = call(post(owner[1], "/api/v1/continuity/assessments", "{}"), 201)
                .get("id")
                .asString();
        List<String> ids = questionIds(questionnaire("BCM"));
        call(put(owner[1], "/api/v1/continuity/assessments/" + id + "/answers", answers(ids, 2)), 200);
        call(get(colleague, "/api/v1/continuity/assessments/" + id), 200);

        String base = "/api/v1/continuity/assessments/" + id;
        for (String outsider :
                new String[] {other[1], region.coordinator, "coordinator", "admin", "rovaniemi", "pelastus"}) {
            call(get(outsider, base), 404);
            call(get(outsider, base + "/results"), 404);
            call(get(outsider, base + "/report.pdf"), 404);
            call(put(outsider, base + "/answers", answers(ids.subList(0, 1), 4)), 404);
            call(post(outsider, base + "/submit", ""), 404);
            call(delete(outsider, base), 404);
            call(post(outsider, base + "/suggestions/" + ids.get(0) + "/adopt", ""), 404);
            // not in lists, not in counts, not even when asked for by the organisation
            JsonNode list =
                    call(get(outsider, "/api/v1/continuity/assessments?actorId=" + owner[0] + "&size=1000"), 200);
            assertThat(list.get("content")).isEmpty();
            assertThat(list.get("page").get("totalElements").asLong()).isZero();
            JsonNode all = call(get(outsider, "/api/v1/continuity/assessments?size=1000"), 200);
            all.get("content").forEach(a -> assertThat(a.get("id").asString()).isNotEqualTo(id));
        }
        // the 404 is the same as for an id that never existed
        String missing = mvc.perform(get(other[1], "/api/v1/continuity/assessments/987654321"))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replace("987654321", id);
        String hidden =
                mvc.perform(get(other[1], base)).andReturn().getResponse().getContentAsString();
        assertThat(hidden).isEqualTo(missing);
        mvc.perform(get(null, base)).andExpect(status().isUnauthorized());
        mvc.perform(get(null, "/api/v1/continuity/assessments")).andExpect(status().isUnauthorized());
        // the audit log knows that it changed, never what was answered
        List<String> logged = jdbc.sql(
                        "SELECT changes::text FROM audit.entry WHERE item_type = 'CONTINUITY_ASSESSMENT' AND item_id = ?")
                .param(id)
                .query(String.class)
                .list();
        assertThat(logged).isNotEmpty();
        logged.forEach(c -> assertThat(c).doesNotContain("score").doesNotContain("muistiinpano"));
    }

    @Test
    void aNewVersionNeverChangesAnswersGivenToTheOldOne() throws Exception {
        JsonNode v1 = questionnaire("BCM");
        String family = "TEST" + Long.toString(System.nanoTime(), 36).toUpperCase();
        // the document as GET gives it; the read-only fields (ids, version, status) are ignored
        String document = json.writeValueAsString(v1).replaceFirst("\"code\":\"BCM\"", "\"code\":\"" + family + "\"");
        // only an admin publishes
        call(post("coordinator", "/api/v1/continuity/questionnaires", document), 403);
        JsonNode first = call(post("admin", "/api/v1/continuity/questionnaires", document), 201);
        assertThat(first.get("version").asInt()).isEqualTo(1);

        String[] b = region.business(region.mun2);
        String old = call(
                        post(
                                b[1],
                                "/api/v1/continuity/assessments",
                                "{\"questionnaireId\": \"" + first.get("id").asString() + "\"}"),
                        201)
                .get("id")
                .asString();
        List<String> oldIds = questionIds(first);
        call(put(b[1], "/api/v1/continuity/assessments/" + old + "/answers", answers(oldIds, 2)), 200);
        call(post(b[1], "/api/v1/continuity/assessments/" + old + "/submit", ""), 200);
        String before = call(get(b[1], "/api/v1/continuity/assessments/" + old + "/results"), 200)
                .toString();

        String changed = document.replace(
                v1.get("sections").get(0).get("questions").get(0).get("text").asString(),
                "Uusi muotoilu ensimmäiselle kysymykselle.");
        JsonNode second = call(post("admin", "/api/v1/continuity/questionnaires", changed), 201);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("sections")
                        .get(0)
                        .get("questions")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("Uusi muotoilu ensimmäiselle kysymykselle.");

        // the old assessment still reads as it was answered
        assertThat(call(get(b[1], "/api/v1/continuity/assessments/" + old + "/results"), 200)
                        .toString())
                .isEqualTo(before);
        assertThat(call(
                                get(
                                        b[1],
                                        "/api/v1/continuity/questionnaires/"
                                                + first.get("id").asString()),
                                200)
                        .toString())
                .doesNotContain("Uusi muotoilu");
        // a new assessment uses the new version; old questions are refused there; the old version cannot be started
        call(
                post(
                        b[1],
                        "/api/v1/continuity/assessments",
                        "{\"questionnaireId\": \"" + first.get("id").asString() + "\"}"),
                400);
        String fresh = call(
                        post(
                                b[1],
                                "/api/v1/continuity/assessments",
                                "{\"questionnaireId\": \"" + second.get("id").asString() + "\"}"),
                        201)
                .get("id")
                .asString();
        call(put(b[1], "/api/v1/continuity/assessments/" + fresh + "/answers", answers(oldIds.subList(0, 1), 3)), 400);
        // the database itself refuses to change a published question
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE continuity.question SET position = position WHERE id = ?")
                                .param(Long.valueOf(oldIds.get(0)))
                                .update())
                .hasMessageContaining("never changes");
        // a bad document is refused whole
        call(
                post(
                        "admin",
                        "/api/v1/continuity/questionnaires",
                        "{\"code\": \"bad code\", \"variant\": \"X\", \"sections\": []}"),
                400);
    }

    @Test
    void onlyTheOrganisationsOwnUsersAdoptASuggestion() throws Exception {
        // a business of Rovaniemi: its region (Lapland) keeps an action list
        String actor = region.actor("Lapin testiyritys Oy", "BUSINESS", "698");
        String user =
                region.user("ly" + Long.toString(System.nanoTime(), 36), fi.turvaverkko.identity.Role.MEMBER, actor);
        String id = region.answered(actor, "BCM", 1);
        List<String> ids = questionIds(questionnaire("BCM"));
        String adopt = "/api/v1/continuity/assessments/" + id + "/suggestions/" + ids.get(0) + "/adopt";
        for (String outsider : new String[] {region.coordinator, "coordinator", "yritys", "spr"}) {
            call(post(outsider, adopt, ""), 404);
        }
        JsonNode adopted = call(post(user, adopt, ""), 201);
        String measureId = adopted.get("measureId").asString();
        String actionList = jdbc.sql("SELECT id::text FROM planning.programme WHERE name = ?")
                .param("Lapin toimenpidelista 2026–2028")
                .query(String.class)
                .single();
        JsonNode measure = call(get(user, "/api/v1/measures/" + measureId), 200);
        assertThat(measure.get("programmeId").asString()).isEqualTo(actionList);
        assertThat(measure.get("responsibleActorId").asString()).isEqualTo(actor);
        assertThat(measure.get("status").asString()).isEqualTo("PLANNED");
        assertThat(measure.get("areaCodes").get(0).asString()).isEqualTo("698");
        assertThat(measure.get("title").asString()).isNotBlank();
        assertThat(measure.get("sourceType").asString()).isEqualTo("CONTINUITY_SUGGESTION");
        assertThat(measure.get("sourceId").asString()).isEqualTo(id + "-" + ids.get(0));
        // the results show the suggestion as adopted, with its measure
        JsonNode results = call(get(user, "/api/v1/continuity/assessments/" + id + "/results"), 200);
        boolean shown = false;
        for (JsonNode w : results.get("weakest")) {
            if (w.get("questionId").asString().equals(ids.get(0))) {
                assertThat(w.get("adoptedMeasureId").asString()).isEqualTo(measureId);
                shown = true;
            }
        }
        assertThat(shown).isTrue();
        // the business keeps its own measure up to date
        call(
                put(
                        user,
                        "/api/v1/measures/" + measureId,
                        measure.toString().replace("\"status\":\"PLANNED\"", "\"status\":\"ONGOING\"")),
                200);
        // each suggestion once
        call(post(user, adopt, ""), 409);
        call(post(user, "/api/v1/continuity/assessments/" + id + "/suggestions/987654/adopt", ""), 404);
    }

    @Test
    void aRegionWithoutAnActionListTakesNoAdoptedSuggestion() throws Exception {
        String[] b = region.business(region.mun1);
        String id = region.answered(b[0], "BCM", 1);
        List<String> ids = questionIds(questionnaire("BCM"));
        mvc.perform(post(b[1], "/api/v1/continuity/assessments/" + id + "/suggestions/" + ids.get(0) + "/adopt", ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("toimenpidelistaa")));
        assertThat(count("SELECT count(*) FROM continuity.adopted_suggestion WHERE assessment_id = " + id))
                .isZero();
    }
}
