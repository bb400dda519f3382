package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.groupId;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static fi.turvaverkko.support.Api.unique;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network's rights of docs/rights.md and issue 2, each tried by someone who must not pass: deny by
 * default, an actor's users edit their own actor and its contacts, the coordinator and a group's
 * chair and the owner's users edit memberships, group members and the owner's users edit meetings,
 * the coordinator edits the region, contact persons are never shown to anonymous callers.
 */
@IntegrationTest
class NetworkRightsTests {

    static final String ROVANIEMI_WSG = "Rovaniemen hyvinvointi- ja turvallisuustyöryhmä";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String current(String user, String path) throws Exception {
        return mvc.perform(get(user, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anonymousCallersReachNoNetworkData() throws Exception {
        String rescue = actorId(jdbc, "Lapin pelastuslaitos");
        for (String path : new String[] {
            "/api/v1/actors",
            "/api/v1/actors/" + rescue,
            "/api/v1/actors/" + rescue + "/contacts",
            "/api/v1/groups",
            "/api/v1/meetings",
            "/api/v1/areas",
            "/api/v1/catalogues/sectors"
        }) {
            mvc.perform(get(null, path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(MockMvcRequestBuilders.get("/actors/" + rescue))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void anActorsUsersEditTheirOwnActorButNoOther() throws Exception {
        String own = actorId(jdbc, "Rovaniemen kaupunki");
        String body = current("rovaniemi", "/api/v1/actors/" + own)
                .replaceFirst("\"website\":(null|\"[^\"]*\")", "\"website\":\"https://www.rovaniemi.fi\"");
        mvc.perform(put("rovaniemi", "/api/v1/actors/" + own, body)).andExpect(status().isOk());

        String other = actorId(jdbc, "Lapin pelastuslaitos");
        String otherBody = current("rovaniemi", "/api/v1/actors/" + other);
        mvc.perform(put("rovaniemi", "/api/v1/actors/" + other, otherBody)).andExpect(status().isForbidden());
        mvc.perform(put("spr", "/api/v1/actors/" + other, otherBody)).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCoordinatorCreatesAndDeletesActors() throws Exception {
        String body = "{\"name\": \"%s\", \"sector\": \"NGO\", \"level\": \"LOCAL\", \"homeAreaCode\": \"698\"}";
        for (String user : new String[] {"rovaniemi", "pelastus", "spr", "yritys", "admin"}) {
            mvc.perform(post(user, "/api/v1/actors", body.formatted(unique("Luvaton ry"))))
                    .andExpect(status().isForbidden());
        }
        String created = mvc.perform(post("coordinator", "/api/v1/actors", body.formatted(unique("Luvallinen ry"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();
        mvc.perform(delete("rovaniemi", "/api/v1/actors/" + id)).andExpect(status().isForbidden());
        mvc.perform(delete("coordinator", "/api/v1/actors/" + id)).andExpect(status().isNoContent());
        mvc.perform(get("coordinator", "/api/v1/actors/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorEditsEveryActorOfTheRegion() throws Exception {
        String rescue = actorId(jdbc, "Lapin pelastuslaitos");
        mvc.perform(put("coordinator", "/api/v1/actors/" + rescue, current("coordinator", "/api/v1/actors/" + rescue)))
                .andExpect(status().isOk());
    }

    @Test
    void contactPersonsAreEditedOnlyByTheActorsUsersAndTheCoordinator() throws Exception {
        String rescue = actorId(jdbc, "Lapin pelastuslaitos");
        String contact = "{\"name\": \"Päivystäjä\", \"title\": \"Testi\", \"phone\": \"+358 50 000 9999\"}";
        mvc.perform(post("rovaniemi", "/api/v1/actors/" + rescue + "/contacts", contact))
                .andExpect(status().isForbidden());
        mvc.perform(post("yritys", "/api/v1/actors/" + rescue + "/contacts", contact))
                .andExpect(status().isForbidden());
        mvc.perform(post("pelastus", "/api/v1/actors/" + rescue + "/contacts", contact))
                .andExpect(status().isCreated());
        mvc.perform(post("coordinator", "/api/v1/actors/" + rescue + "/contacts", contact))
                .andExpect(status().isCreated());
        // members read them; anonymous callers never do
        mvc.perform(get("yritys", "/api/v1/actors/" + rescue + "/contacts")).andExpect(status().isOk());
        mvc.perform(get(null, "/api/v1/actors/" + rescue + "/contacts")).andExpect(status().isUnauthorized());
    }

    @Test
    void membershipsAreEditedByTheCoordinatorAndTheGroupsChairOnly() throws Exception {
        String group = groupId(jdbc, ROVANIEMI_WSG);
        String villages = actorId(jdbc, "Lapin Kylät ry");
        String member = "{\"actorId\": \"%s\", \"role\": \"EXPERT\"}".formatted(villages);
        // pelastus is a member of the group but not its chair; spr and yritys are outsiders
        mvc.perform(post("pelastus", "/api/v1/groups/" + group + "/members", member))
                .andExpect(status().isForbidden());
        mvc.perform(post("yritys", "/api/v1/groups/" + group + "/members", member))
                .andExpect(status().isForbidden());
        mvc.perform(post("admin", "/api/v1/groups/" + group + "/members", member))
                .andExpect(status().isForbidden());
        // the municipality chairs its own working group
        String added = mvc.perform(post("rovaniemi", "/api/v1/groups/" + group + "/members", member))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String memberId = json.readTree(added).get("id").asString();
        mvc.perform(delete("pelastus", "/api/v1/groups/" + group + "/members/" + memberId))
                .andExpect(status().isForbidden());
        mvc.perform(delete("coordinator", "/api/v1/groups/" + group + "/members/" + memberId))
                .andExpect(status().isNoContent());
    }

    @Test
    void groupMembersEditTheGroupsMeetingsOutsidersDoNot() throws Exception {
        String group = groupId(jdbc, ROVANIEMI_WSG);
        String meeting = "{\"groupId\": \"%s\", \"title\": \"Kokous %s\", \"startsAt\": \"2027-02-03T13:00:00+02:00\"}";
        mvc.perform(post("yritys", "/api/v1/meetings", meeting.formatted(group, "yritys")))
                .andExpect(status().isForbidden());
        mvc.perform(post("spr", "/api/v1/meetings", meeting.formatted(group, "spr")))
                .andExpect(status().isForbidden());
        mvc.perform(post("pelastus", "/api/v1/meetings", meeting.formatted(group, "pelastus")))
                .andExpect(status().isCreated());
        mvc.perform(post("coordinator", "/api/v1/meetings", meeting.formatted(group, "koordinaattori")))
                .andExpect(status().isCreated());
    }

    @Test
    void theOwnersUsersKeepABodyOfTheirOwnThatHasNoMembers() throws Exception {
        // a municipal council has councillors, not organisations, as members: the municipality's
        // users keep its meetings and may appoint members; others may not
        String city = actorId(jdbc, "Rovaniemen kaupunki");
        String created = mvc.perform(
                        post("rovaniemi", "/api/v1/groups", """
                        {"name": "%s", "kind": "OTHER", "ownerActorId": "%s", "areaCode": "698"}""".formatted(unique("Rovaniemen nuorisovaltuusto"), city)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String group = json.readTree(created).get("id").asString();
        String meeting = "{\"groupId\": \"%s\", \"title\": \"Kokous %s\", \"startsAt\": \"2027-03-03T17:00:00+02:00\"}";
        mvc.perform(post("pelastus", "/api/v1/meetings", meeting.formatted(group, "pelastus")))
                .andExpect(status().isForbidden());
        mvc.perform(post("rovaniemi", "/api/v1/meetings", meeting.formatted(group, "kaupunki")))
                .andExpect(status().isCreated());
        String member = "{\"actorId\": \"%s\", \"role\": \"EXPERT\"}".formatted(actorId(jdbc, "Lapin Kylät ry"));
        mvc.perform(post("pelastus", "/api/v1/groups/" + group + "/members", member))
                .andExpect(status().isForbidden());
        mvc.perform(post("rovaniemi", "/api/v1/groups/" + group + "/members", member))
                .andExpect(status().isCreated());
    }

    @Test
    void groupsAreEditedByTheirOwnerAndTheCoordinator() throws Exception {
        String group = groupId(jdbc, ROVANIEMI_WSG);
        String body = current("rovaniemi", "/api/v1/groups/" + group);
        mvc.perform(put("pelastus", "/api/v1/groups/" + group, body)).andExpect(status().isForbidden());
        mvc.perform(put("yritys", "/api/v1/groups/" + group, body)).andExpect(status().isForbidden());
        String saved = mvc.perform(put("rovaniemi", "/api/v1/groups/" + group, body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put("coordinator", "/api/v1/groups/" + group, saved)).andExpect(status().isOk());
    }

    @Test
    void adminPagesAreForAdminsOnlyAndTheAuditLogForCoordinatorsToo() throws Exception {
        mvc.perform(
                        MockMvcRequestBuilders.get("/admin/users")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("rovaniemi")
                                        .roles("MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(
                        MockMvcRequestBuilders.get("/admin/users")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("coordinator")
                                        .roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(
                        MockMvcRequestBuilders.get("/admin/audit")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("rovaniemi")
                                        .roles("MEMBER")))
                .andExpect(status().isForbidden());
        // the coordinator reads the audit log, with the values of what it may not read hidden (ADR 0024)
        mvc.perform(
                        MockMvcRequestBuilders.get("/admin/audit")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("coordinator")
                                        .roles("COORDINATOR")))
                .andExpect(status().isOk());
    }
}
