package fi.turvaverkko.registration;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.groupId;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests of an organisation's users: to join a group (answered by the coordinator or the group's
 * chair), to add a measure to the action list and to add a resource to the registry (answered by the
 * coordinator). Each rights rule is tried by someone who must not pass.
 */
@IntegrationTest
class RequestApiTests {

    static final String ROVANIEMI_WSG = "Rovaniemen hyvinvointi- ja turvallisuustyöryhmä";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Actors actors;

    @Autowired
    UserManagement users;

    /** A new NGO of Rovaniemi with a user of its own; answers [actorId, username]. */
    String[] ngo() {
        String id = actors.createAs(
                        new CreateActor(
                                Api.unique("Testiyhdistys ry"),
                                null,
                                "NGO",
                                "LOCAL",
                                null,
                                null,
                                "698",
                                null,
                                null,
                                null,
                                null,
                                null),
                        "ACTIVE")
                .id();
        String username = "ry" + Long.toString(System.nanoTime(), 36);
        users.ensureDemoUser(
                username, username, username + "@example.org", List.of(Role.MEMBER), List.of(Long.valueOf(id)), "demo");
        return new String[] {id, username};
    }

    String created(String user, String path, String body) throws Exception {
        String answer = mvc.perform(post(user, path, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(answer).get("id").asString();
    }

    String lastMailTo(String email) {
        return jdbc.sql(
                        "SELECT subject || '\n' || body FROM platform.mail_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")
                .param(email)
                .query(String.class)
                .optional()
                .orElse("");
    }

    @Test
    void theGroupsChairOrTheCoordinatorAnswersARequestToJoin() throws Exception {
        String[] ngo = ngo();
        String group = groupId(jdbc, ROVANIEMI_WSG);
        String body = "{\"groupId\": \"%s\", \"message\": \"Kylien turvallisuus on meille tärkeää.\"}".formatted(group);
        String id = created(ngo[1], "/api/v1/join-requests", body);
        mvc.perform(post(ngo[1], "/api/v1/join-requests", body)).andExpect(status().isConflict());

        // a member who is not the chair, outsiders and the admin neither see nor answer it
        for (String outsider : new String[] {"pelastus", "spr", "yritys", "admin"}) {
            mvc.perform(get(outsider, "/api/v1/join-requests/" + id)).andExpect(status().isNotFound());
            mvc.perform(post(outsider, "/api/v1/join-requests/" + id + "/approve", ""))
                    .andExpect(status().isNotFound());
            mvc.perform(get(outsider, "/api/v1/join-requests?size=1000"))
                    .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isEmpty());
        }
        // the asker sees it but may not answer it
        mvc.perform(get(ngo[1], "/api/v1/join-requests/" + id)).andExpect(status().isOk());
        mvc.perform(post(ngo[1], "/api/v1/join-requests/" + id + "/approve", ""))
                .andExpect(status().isForbidden());
        // the municipality chairs the group: it sees the request among those to answer, and accepts it
        mvc.perform(get("rovaniemi", "/api/v1/join-requests?toAnswer=true&size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isNotEmpty());
        mvc.perform(post("rovaniemi", "/api/v1/join-requests/" + id + "/approve", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("coordinator", "/api/v1/join-requests/" + id + "/approve", ""))
                .andExpect(status().isConflict());
        mvc.perform(get("yritys", "/api/v1/groups/" + group + "/members"))
                .andExpect(
                        jsonPath("$.content[?(@.actorId == '" + ngo[0] + "')]").isNotEmpty());
        assertThat(lastMailTo(ngo[1] + "@example.org")).contains(ROVANIEMI_WSG).contains("hyväksytty");
        // already a member: a new request is refused
        mvc.perform(post(ngo[1], "/api/v1/join-requests", body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("jo ryhmän jäsen")));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheAskerIsMailed() throws Exception {
        String[] ngo = ngo();
        String group = groupId(jdbc, "Lapin valmiustoimikunta");
        String id = created(ngo[1], "/api/v1/join-requests", "{\"groupId\": \"" + group + "\", \"role\": \"EXPERT\"}");
        mvc.perform(post("coordinator", "/api/v1/join-requests/" + id + "/reject", "{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/join-requests/" + id + "/reject",
                        "{\"reason\": \"Valmiustoimikunnan jäsenet ovat viranomaisia.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(lastMailTo(ngo[1] + "@example.org")).contains("Valmiustoimikunnan jäsenet ovat viranomaisia.");
    }

    @Test
    void badRequestsToJoinAreRefused() throws Exception {
        String[] ngo = ngo();
        mvc.perform(post(ngo[1], "/api/v1/join-requests", "{}")).andExpect(status().isBadRequest());
        mvc.perform(post(ngo[1], "/api/v1/join-requests", "{\"groupId\": \"987654\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groupId"));
        String group = groupId(jdbc, ROVANIEMI_WSG);
        mvc.perform(post(ngo[1], "/api/v1/join-requests", "{\"groupId\": \"" + group + "\", \"role\": \"CHAIR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        // on behalf of someone else's organisation
        String rescue = actorId(jdbc, "Lapin pelastuslaitos");
        mvc.perform(post(
                        ngo[1],
                        "/api/v1/join-requests",
                        "{\"groupId\": \"" + group + "\", \"actorId\": \"" + rescue + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(null, "/api/v1/join-requests", "{\"groupId\": \"" + group + "\"}"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(401, 403));
    }

    @Test
    void theCoordinatorAnswersProposalsOfMeasures() throws Exception {
        String[] ngo = ngo();
        String body = """
                {"title": "Kylien turvallisuuskävelyt", "description": "Kävelyt kolmessa kylässä syksyllä.",
                 "areaCodes": ["698"], "emphasis": "PREVENTION", "startDate": "2026-09-01", "endDate": "2026-11-30"}""";
        String id = created(ngo[1], "/api/v1/measure-proposals", body);
        for (String outsider : new String[] {"rovaniemi", "pelastus", "spr", "admin"}) {
            mvc.perform(get(outsider, "/api/v1/measure-proposals/" + id)).andExpect(status().isNotFound());
            mvc.perform(post(outsider, "/api/v1/measure-proposals/" + id + "/reject", "{\"reason\": \"ei\"}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("coordinator", "/api/v1/measure-proposals?toAnswer=true&size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].title").value("Kylien turvallisuuskävelyt"));
        mvc.perform(post(ngo[1], "/api/v1/measure-proposals", body.replace("2026-11-30", "2026-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        mvc.perform(post(ngo[1], "/api/v1/measure-proposals", body.replace("PREVENTION", "MAGIC")))
                .andExpect(status().isBadRequest());
        mvc.perform(post(ngo[1], "/api/v1/measure-proposals", body.replace("\"698\"", "\"000\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(post(
                        "coordinator",
                        "/api/v1/measure-proposals/" + id + "/reject",
                        "{\"reason\": \"Sama toimenpide on jo listalla.\"}"))
                .andExpect(status().isOk());
        assertThat(lastMailTo(ngo[1] + "@example.org")).contains("Sama toimenpide on jo listalla.");
    }

    @Test
    void anApprovedProposalBecomesTheProposersMeasureInTheActionList() throws Exception {
        String[] ngo = ngo();
        String title = Api.unique("Kyläturvallisuusilta");
        String id = created(ngo[1], "/api/v1/measure-proposals", """
                {"title": "%s", "description": "Ilta kylätalolla syksyllä.", "areaCodes": ["698"],
                 "emphasis": "EARLY_INTERVENTION", "startDate": "2026-09-01", "endDate": "2026-11-30"}""".formatted(title));
        // only the coordinator of the region approves: to others the proposal does not exist
        for (String outsider : new String[] {"spr", "yritys", "rovaniemi"}) {
            mvc.perform(post(outsider, "/api/v1/measure-proposals/" + id + "/approve", ""))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(ngo[1], "/api/v1/measure-proposals/" + id + "/approve", ""))
                .andExpect(status().isForbidden());
        String approved = mvc.perform(post("coordinator", "/api/v1/measure-proposals/" + id + "/approve", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String measureId = json.readTree(approved).get("measureId").asString();
        String actionList = jdbc.sql("SELECT id::text FROM planning.programme WHERE name = ?")
                .param("Lapin toimenpidelista 2026–2028")
                .query(String.class)
                .single();
        String measure = mvc.perform(get(ngo[1], "/api/v1/measures/" + measureId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmeId").value(actionList))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.responsibleActorId").value(ngo[0]))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.emphasis").value("EARLY_INTERVENTION"))
                .andExpect(jsonPath("$.areaCodes[0]").value("698"))
                .andExpect(jsonPath("$.startDate").value("2026-09-01"))
                .andExpect(jsonPath("$.sourceType").value("MEASURE_PROPOSAL"))
                .andExpect(jsonPath("$.sourceId").value(id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the proposer's users keep their measure up to date; its source stays as it was
        mvc.perform(put(
                        ngo[1],
                        "/api/v1/measures/" + measureId,
                        measure.replace("Ilta kylätalolla syksyllä.", "Ilta kylätalolla lokakuussa.")
                                .replace("\"sourceId\":\"" + id + "\"", "\"sourceId\":\"toinen\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Ilta kylätalolla lokakuussa."))
                .andExpect(jsonPath("$.sourceId").value(id));
        mvc.perform(put("spr", "/api/v1/measures/" + measureId, measure)).andExpect(status().isForbidden());
        // approving again makes no second measure
        mvc.perform(post("coordinator", "/api/v1/measure-proposals/" + id + "/approve", ""))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM planning.measure WHERE source_type = 'MEASURE_PROPOSAL' AND source_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE item_type = 'MEASURE' AND item_id = ?")
                        .param(measureId)
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(lastMailTo(ngo[1] + "@example.org")).contains(title);
    }

    @Test
    void theCoordinatorAddsAnOfferedResourceToTheRegistry() throws Exception {
        String[] ngo = ngo();
        String body = """
                {"typeCode": "GENERATOR_20KVA", "name": "Kylätalon aggregaatti", "quantity": 1, "areaCode": "698",
                 "availability": "AVAILABLE", "activationMinutes": 120, "description": "Siirrettävä, traktorin perässä."}""";
        String id = created(ngo[1], "/api/v1/resource-offers", body);
        mvc.perform(post(ngo[1], "/api/v1/resource-offers", body.replace("\"quantity\": 1", "\"quantity\": 0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        mvc.perform(post(ngo[1], "/api/v1/resource-offers", body.replace("\"698\"", "\"19\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaCode"));
        mvc.perform(post(ngo[1], "/api/v1/resource-offers", body.replace("GENERATOR_20KVA", "UNICORN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("typeCode"));
        for (String outsider : new String[] {"rovaniemi", "yritys", "admin"}) {
            mvc.perform(post(outsider, "/api/v1/resource-offers/" + id + "/approve", ""))
                    .andExpect(status().isNotFound());
        }
        String approved = mvc.perform(post("coordinator", "/api/v1/resource-offers/" + id + "/approve", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String resourceId = json.readTree(approved).get("resourceId").asString();
        mvc.perform(get(ngo[1], "/api/v1/resources/" + resourceId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerActorId").value(ngo[0]))
                .andExpect(jsonPath("$.name").value("Kylätalon aggregaatti"));
        mvc.perform(post("coordinator", "/api/v1/resource-offers/" + id + "/approve", ""))
                .andExpect(status().isConflict());
        assertThat(lastMailTo(ngo[1] + "@example.org"))
                .contains("Kylätalon aggregaatti")
                .contains("hyväksytty");
    }
}
