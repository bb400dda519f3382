package fi.turvaverkko.operations;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's operations through the API: the lifecycle, the append-only log with corrections, request →
 * offer → commitment → deployed → released with EDXL-RM-shaped messages, the bad input the issue names
 * (each a 4xx with nothing written), the situation picture and the situation report PDF.
 */
@IntegrationTest
class OperationsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    JsonNode body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }

    String generatorOf(String owner) {
        return jdbc.sql("""
                        SELECT r.id::text FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
                          JOIN network.actor a ON a.id = r.owner_actor_id
                         WHERE a.name = ? AND t.code = 'GENERATOR_60KVA' ORDER BY r.id LIMIT 1""").param(owner).query(String.class).single();
    }

    @Test
    void theDemoHasAClosedStormWithItsLogAndRequestsAndAPastExercise() throws Exception {
        JsonNode list = body(mvc.perform(get("spr", "/api/v1/disruptions?status=CLOSED&kind=STORM&q=Tapaninpäivän"))
                .andExpect(status().isOk()));
        assertThat(list.get("content").size()).isEqualTo(1);
        String id = list.get("content").get(0).get("id").asString();
        JsonNode picture = body(mvc.perform(get("spr", "/api/v1/disruptions/" + id + "/picture"))
                .andExpect(status().isOk()));
        assertThat(picture.get("board").get("requestsFilled").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(picture.get("timeline").size()).isGreaterThan(15);
        assertThat(body(mvc.perform(get("spr", "/api/v1/exercises")))
                        .get("page")
                        .get("totalElements")
                        .asInt())
                .isPositive();
        // the log cannot be rewritten, not even by the database's owner
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE operations.log_entry SET text = 'muutettu' WHERE disruption_id = ?")
                                .param(Long.parseLong(id))
                                .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void requestOfferCommitDeployRelease() throws Exception {
        String d = Disruptions.storm(mvc, jdbc, json).in("698", "320").open();
        try {
            Disruptions.status(mvc, "pelastus", d, "ACTIVE");
            String log = """
                    {"kind": "OBSERVATION", "text": "Puita kaatunut linjoille Rovaniemen Meltauksessa.", "lat": 66.5, "lon": 25.9}""";
            JsonNode entry = body(mvc.perform(post("pelastus", "/api/v1/disruptions/" + d + "/log", log))
                    .andExpect(status().isCreated()));
            // a correction is a new entry that names the one it corrects
            mvc.perform(post(
                            "pelastus",
                            "/api/v1/disruptions/" + d + "/log",
                            "{\"kind\": \"OBSERVATION\", \"text\": \"Korjaus: Meltauksen sijaan Vikajärvellä.\", \"correctsId\": \""
                                    + entry.get("id").asString() + "\"}"))
                    .andExpect(status().isCreated());
            JsonNode logPage = body(mvc.perform(get("spr", "/api/v1/disruptions/" + d + "/log?kind=OBSERVATION")));
            assertThat(logPage.get("content").findValuesAsString("correctedById"))
                    .contains(logPage.get("content").get(0).get("id").asString());

            JsonNode request = body(mvc.perform(
                            post(
                                    "pelastus",
                                    "/api/v1/disruptions/" + d + "/requests",
                                    "{\"typeCode\": \"GENERATOR_60KVA\", \"quantity\": 2, \"areaCode\": \"698\", \"description\": \"Vesilaitoksen pumppaamo\"}"))
                    .andExpect(status().isCreated()));
            String r = request.get("id").asString();
            assertThat(request.get("askedActorIds").size()).isPositive();
            // the owners asked were told by mail
            assertThat(count("SELECT count(*) FROM platform.mail_message WHERE recipient = 'yritys@example.org'"
                            + " AND subject LIKE '%Varavoimakone 60 kVA%'"))
                    .isPositive();

            String generator = generatorOf("Ounaskosken Konepalvelu Oy");
            // nobody offers another's resource
            mvc.perform(post(
                            "spr",
                            "/api/v1/requests/" + r + "/offers",
                            "{\"resourceId\": \"" + generator + "\", \"quantity\": 1}"))
                    .andExpect(status().isForbidden());
            // not more than the resource has
            mvc.perform(post(
                            "yritys",
                            "/api/v1/requests/" + r + "/offers",
                            "{\"resourceId\": \"" + generator + "\", \"quantity\": 50}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.errors[0].field").value("quantity"));
            JsonNode offer = body(mvc.perform(post(
                            "yritys",
                            "/api/v1/requests/" + r + "/offers",
                            "{\"resourceId\": \"" + generator
                                    + "\", \"quantity\": 2, \"note\": \"Perillä kahdessa tunnissa\"}"))
                    .andExpect(status().isCreated()));
            String o = offer.get("id").asString();
            // the offerer cannot accept its own offer; nor can an outsider
            mvc.perform(post("yritys", "/api/v1/offers/" + o + "/commit", "{\"quantity\": 1}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("spr", "/api/v1/offers/" + o + "/commit", "{\"quantity\": 1}"))
                    .andExpect(status().isForbidden());
            // not beyond what the offer holds; nothing written
            mvc.perform(post("pelastus", "/api/v1/offers/" + o + "/commit", "{\"quantity\": 3}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2")));
            assertThat(count("SELECT count(*) FROM operations.commitment WHERE offer_id = ?", Long.parseLong(o)))
                    .isZero();
            JsonNode commitment =
                    body(mvc.perform(post("pelastus", "/api/v1/offers/" + o + "/commit", "{\"quantity\": 2}"))
                            .andExpect(status().isCreated()));
            String c = commitment.get("id").asString();
            assertThat(body(mvc.perform(get("spr", "/api/v1/requests/" + r)))
                            .get("status")
                            .asString())
                    .isEqualTo("FILLED");
            assertThat(body(mvc.perform(get("yritys", "/api/v1/resources/" + generator)))
                            .get("committed")
                            .asInt())
                    .isEqualTo(2);

            // EDXL-RM shapes
            JsonNode edxl = body(mvc.perform(get("spr", "/api/v1/requests/" + r + "/edxl")));
            assertThat(edxl.get("MessageContentType").asString()).isEqualTo("RequestResource");
            assertThat(edxl.at("/ResourceInformation/0/AssignmentInformation/Quantity/MeasuredQuantity/Amount")
                            .asInt())
                    .isEqualTo(2);
            assertThat(body(mvc.perform(get("spr", "/api/v1/offers/" + o + "/edxl")))
                            .at("/ResourceInformation/0/ResponseInformation/PrecedingResourceInfoElementID")
                            .asString())
                    .isEqualTo("request-" + r);
            assertThat(body(mvc.perform(get("spr", "/api/v1/commitments/" + c + "/edxl")))
                            .get("MessageContentType")
                            .asString())
                    .isEqualTo("CommitResource");

            // deploy, release; no second release
            mvc.perform(post("yritys", "/api/v1/commitments/" + c + "/deploy", ""))
                    .andExpect(status().isOk());
            JsonNode picture = body(mvc.perform(get("spr", "/api/v1/disruptions/" + d + "/picture")));
            assertThat(picture.get("board").get("unitsDeployed").asInt()).isEqualTo(2);
            assertThat(picture.get("points").findValuesAsString("kind")).contains("deployed", "log");
            mvc.perform(post("pelastus", "/api/v1/commitments/" + c + "/release", ""))
                    .andExpect(status().isOk());
            mvc.perform(post("pelastus", "/api/v1/commitments/" + c + "/release", ""))
                    .andExpect(status().isConflict());
            assertThat(body(mvc.perform(get("yritys", "/api/v1/resources/" + generator)))
                            .get("committed")
                            .asInt())
                    .isZero();

            byte[] pdf = mvc.perform(post(
                            "pelastus",
                            "/api/v1/disruptions/" + d + "/sitreps",
                            "{\"authorisedBy\": \"Pelastusjohtaja\", \"confidence\": \"HIGH\"}"))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(json.readTree(pdf).get("number").asInt()).isEqualTo(1);
            byte[] file = mvc.perform(get("spr", "/api/v1/disruptions/" + d + "/sitrep.pdf?number=1"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(new String(file, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } finally {
            Disruptions.close(jdbc, d);
        }
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws Exception {
        String d = Disruptions.storm(mvc, jdbc, json).open();
        try {
            long before = count(
                    "SELECT count(*) FROM operations.resource_request WHERE disruption_id = ?", Long.parseLong(d));
            mvc.perform(post(
                            "pelastus",
                            "/api/v1/disruptions/" + d + "/requests",
                            "{\"typeCode\": \"GENERATOR_60KVA\", \"quantity\": -2}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(org.hamcrest.Matchers.containsString("negatiivinen")));
            assertThat(count(
                            "SELECT count(*) FROM operations.resource_request WHERE disruption_id = ?",
                            Long.parseLong(d)))
                    .isEqualTo(before);
            mvc.perform(post(
                                    "pelastus",
                                    "/api/v1/disruptions/" + d + "/log",
                                    "{\"kind\": \"OBSERVATION\", \"text\": \"x\", \"lat\": 52.5, \"lon\": 13.4}")
                            .header("Accept-Language", "sv"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Finlands")));
            // a step the lifecycle forbids
            mvc.perform(post("pelastus", "/api/v1/disruptions/" + d + "/status", "{\"status\": \"RECOVERY\"}"))
                    .andExpect(status().isConflict());
            mvc.perform(post("pelastus", "/api/v1/disruptions/" + d + "/status", "{\"status\": \"NO_SUCH\"}"))
                    .andExpect(status().isBadRequest());
            assertThat(body(mvc.perform(get("pelastus", "/api/v1/disruptions/" + d)))
                            .get("status")
                            .asString())
                    .isEqualTo("MONITORING");
            Disruptions.status(mvc, "pelastus", d, "CLOSED");
            mvc.perform(post(
                            "pelastus",
                            "/api/v1/disruptions/" + d + "/log",
                            "{\"kind\": \"OBSERVATION\", \"text\": \"Myöhässä\"}"))
                    .andExpect(status().isConflict());
            mvc.perform(post("pelastus", "/api/v1/disruptions/" + d + "/status", "{\"status\": \"ACTIVE\"}"))
                    .andExpect(status().isConflict());
            mvc.perform(
                            post(
                                    "pelastus",
                                    "/api/v1/disruptions",
                                    "{\"kind\": \"STORM\", \"title\": \"Väärä\", \"severity\": \"SEVERE\", \"areaCodes\": [\"698\", \"091\"]}"))
                    .andExpect(status().isBadRequest());
        } finally {
            Disruptions.close(jdbc, d);
        }
    }

    @Test
    void onlyTheAuthorityInChargeAndTheCoordinatorRunADisruption() throws Exception {
        String d = Disruptions.storm(mvc, jdbc, json).open();
        try {
            for (String user : new String[] {"spr", "yritys", "rovaniemi", "admin"}) {
                mvc.perform(post(user, "/api/v1/disruptions/" + d + "/status", "{\"status\": \"ACTIVE\"}"))
                        .andExpect(status().isForbidden());
            }
            String current = mvc.perform(get("rovaniemi", "/api/v1/disruptions/" + d))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            mvc.perform(put("rovaniemi", "/api/v1/disruptions/" + d, current)).andExpect(status().isForbidden());
            mvc.perform(post("spr", "/api/v1/disruptions/" + d + "/sitreps", "{}"))
                    .andExpect(status().isForbidden());
            // NGOs and businesses do not write the log nor request resources; a municipality (an authority) does
            mvc.perform(post(
                            "yritys",
                            "/api/v1/disruptions/" + d + "/log",
                            "{\"kind\": \"OBSERVATION\", \"text\": \"x\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(
                            "spr",
                            "/api/v1/disruptions/" + d + "/requests",
                            "{\"typeCode\": \"ATV\", \"quantity\": 1}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(
                            "rovaniemi",
                            "/api/v1/disruptions/" + d + "/log",
                            "{\"kind\": \"OBSERVATION\", \"text\": \"Kunnan havainto\"}"))
                    .andExpect(status().isCreated());
            // nobody opens a disruption in another authority's name; NGOs open none
            mvc.perform(
                            post(
                                    "spr",
                                    "/api/v1/disruptions",
                                    "{\"kind\": \"STORM\", \"title\": \"x\", \"severity\": \"MINOR\", \"areaCodes\": [\"698\"]}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(
                            "rovaniemi",
                            "/api/v1/disruptions",
                            "{\"kind\": \"STORM\", \"title\": \"x\", \"severity\": \"MINOR\", \"areaCodes\": [\"698\"], \"leadActorId\": \""
                                    + actorId(jdbc, "Lapin pelastuslaitos") + "\"}"))
                    .andExpect(status().isForbidden());
            Disruptions.status(mvc, "coordinator", d, "ACTIVE");
            for (String path : new String[] {
                "/api/v1/disruptions",
                "/api/v1/disruptions/" + d,
                "/api/v1/disruptions/" + d + "/picture",
                "/api/v1/disruptions/" + d + "/events",
                "/api/v1/exercises"
            }) {
                mvc.perform(get(null, path)).andExpect(status().isUnauthorized());
            }
        } finally {
            Disruptions.close(jdbc, d);
        }
    }

    @Test
    void authoritiesSeeResourceContactsOnlyWhileADisruptionIsActive() throws Exception {
        String generator = generatorOf("Ounaskosken Konepalvelu Oy");
        assertThat(body(mvc.perform(get("rovaniemi", "/api/v1/resources/" + generator)))
                        .get("contact247")
                        .isNull())
                .isTrue();
        String d = Disruptions.storm(mvc, jdbc, json).open();
        try {
            Disruptions.status(mvc, "pelastus", d, "ACTIVE");
            JsonNode seen = body(mvc.perform(get("rovaniemi", "/api/v1/resources/" + generator)));
            assertThat(seen.get("contact247").asString()).startsWith("Päivystys");
            assertThat(seen.get("locationExact").asBoolean()).isTrue();
            // never other actors, whatever happens
            assertThat(body(mvc.perform(get("spr", "/api/v1/resources/" + generator)))
                            .get("contact247")
                            .isNull())
                    .isTrue();
        } finally {
            Disruptions.close(jdbc, d);
        }
        assertThat(body(mvc.perform(get("rovaniemi", "/api/v1/resources/" + generator)))
                        .get("contact247")
                        .isNull())
                .isTrue();
    }

    @Test
    void exercisesAndLessons() throws Exception {
        JsonNode exercise = body(mvc.perform(post(
                        "pelastus",
                        "/api/v1/exercises",
                        "{\"title\": \"Tulvaharjoitus Pello\", \"kind\": \"FUNCTIONAL\", \"regionCode\": \"19\", \"startDate\": \"2026-05-12\","
                                + " \"participantActorIds\": [\""
                                + actorId(jdbc, "Suomen Punainen Risti, Lapin piiri") + "\"]}"))
                .andExpect(status().isCreated()));
        String x = exercise.get("id").asString();
        String organiser = exercise.get("organiserActorId").asString();
        mvc.perform(post("spr", "/api/v1/exercises/" + x + "/observations", "{\"text\": \"Hälytys viivästyi.\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("yritys", "/api/v1/exercises/" + x + "/observations", "{\"text\": \"Ei osallistunut.\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("spr", "/api/v1/exercises/" + x + "/lessons", "{\"text\": \"x\"}"))
                .andExpect(status().isForbidden());
        String lesson = body(mvc.perform(post(
                                "pelastus",
                                "/api/v1/exercises/" + x + "/lessons",
                                "{\"text\": \"Hälytysketju päivitetään.\"}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asString();
        mvc.perform(post("spr", "/api/v1/exercises/" + x + "/lessons/" + lesson + "/measure", "{}"))
                .andExpect(status().isForbidden());
        // the lesson becomes a measure of the region's action list, the organiser responsible for it
        String measureId = body(mvc.perform(post(
                                "pelastus",
                                "/api/v1/exercises/" + x + "/lessons/" + lesson + "/measure",
                                "{\"startDate\": \"2026-06-01\", \"endDate\": \"2026-12-31\"}"))
                        .andExpect(status().isOk()))
                .get("measureId")
                .asString();
        JsonNode measure = body(
                mvc.perform(get("pelastus", "/api/v1/measures/" + measureId)).andExpect(status().isOk()));
        assertThat(measure.get("programmeId").asString())
                .isEqualTo(jdbc.sql("SELECT id::text FROM planning.programme WHERE name = ?")
                        .param("Lapin toimenpidelista 2026–2028")
                        .query(String.class)
                        .single());
        assertThat(measure.get("title").asString()).isEqualTo("Hälytysketju päivitetään.");
        assertThat(measure.get("description").asString()).contains("Tulvaharjoitus Pello");
        assertThat(measure.get("responsibleActorId").asString()).isEqualTo(organiser);
        assertThat(measure.get("status").asString()).isEqualTo("PLANNED");
        assertThat(measure.get("areaCodes").get(0).asString()).isEqualTo("19");
        assertThat(measure.get("startDate").asString()).isEqualTo("2026-06-01");
        assertThat(measure.get("sourceType").asString()).isEqualTo("EXERCISE_LESSON");
        assertThat(measure.get("sourceId").asString()).isEqualTo(lesson);
        mvc.perform(post("pelastus", "/api/v1/exercises/" + x + "/lessons/" + lesson + "/measure", "{}"))
                .andExpect(status().isConflict());
        // a measure the action list refuses leaves the lesson as it was
        String other = body(mvc.perform(post(
                                "pelastus",
                                "/api/v1/exercises/" + x + "/lessons",
                                "{\"text\": \"Viestiyhteydet varmistetaan.\"}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asString();
        mvc.perform(post(
                        "pelastus",
                        "/api/v1/exercises/" + x + "/lessons/" + other + "/measure",
                        "{\"startDate\": \"2026-06-01\", \"endDate\": \"2026-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        assertThat(count(
                        "SELECT count(*) FROM operations.lesson WHERE id = ? AND measure_id IS NULL",
                        Long.valueOf(other)))
                .isEqualTo(1);
        mvc.perform(
                        post(
                                "pelastus",
                                "/api/v1/exercises",
                                "{\"title\": \"\", \"kind\": \"X\", \"regionCode\": \"19\", \"startDate\": \"2026-05-12\", \"endDate\": \"2026-05-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
    }
}
