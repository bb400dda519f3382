package fi.turvaverkko.registration;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.NetworkTestData;
import fi.turvaverkko.network.NetworkTestData.Region;
import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one request workflow in a region the test builds itself: who answers which kind, the lists
 * narrowed to what the reader answers or asked, and an approval whose hand-over fails leaving the
 * request as it was.
 */
@IntegrationTest
class RequestWorkflowTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    NetworkTestData world;
    RegistrationTestData requests;
    Region region;
    ActorView ngo;
    String asker;

    @BeforeEach
    void world() {
        world = new NetworkTestData(context);
        requests = new RegistrationTestData(mvc, json, jdbc);
        region = world.aRegion();
        ngo = world.anActor().in(region).named("Kyläyhdistys ry").create();
        asker = world.userOf(ngo);
    }

    @Test
    void aRequestToJoinIsAnsweredByTheGroupsChairAndTheCoordinatorOfItsRegionOnly() throws Exception {
        ActorView chair =
                world.anActor().in(region).named("Puheenjohtajayhdistys ry").create();
        ActorView member = world.anActor().in(region).named("Jäsenyhdistys ry").create();
        GroupView group = world.aGroup()
                .in(region)
                .withMember(chair, "CHAIR")
                .withMember(member)
                .create();
        String chairUser = world.userOf(chair);
        String memberUser = world.userOf(member);
        String id = requests.aJoinRequest().by(asker).to(group).create();
        String path = "/api/v1/join-requests/" + id;

        mvc.perform(get(asker, path))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.requestedBy").value(asker))
                .andExpect(jsonPath("$.actorId").value(ngo.id()));
        // a plain member of the group, and another region's coordinator, neither see nor answer it
        Region other = world.aRegion();
        for (String outsider : new String[] {memberUser, other.coordinator()}) {
            mvc.perform(get(outsider, path)).andExpect(status().isNotFound());
            mvc.perform(post(outsider, path + "/approve", "")).andExpect(status().isNotFound());
            mvc.perform(get(outsider, "/api/v1/join-requests?size=1000"))
                    .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isEmpty());
        }
        // the chair has it among those to answer, and lets the association in
        mvc.perform(get(chairUser, "/api/v1/join-requests?toAnswer=true&size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").isNotEmpty());
        mvc.perform(post(chairUser, path + "/approve", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(chairUser))
                .andExpect(jsonPath("$.membershipId").isNotEmpty());
        mvc.perform(post(region.coordinator(), path + "/reject", "{\"reason\": \"Myöhässä.\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get(memberUser, "/api/v1/groups/" + group.id() + "/members?size=100"))
                .andExpect(jsonPath("$.content[?(@.actorId == '" + ngo.id() + "')].role")
                        .value("MEMBER"));
    }

    @Test
    void theListsAreNarrowedToWhatTheReaderAsksOrAnswers() throws Exception {
        GroupView group = world.aGroup().in(region).create();
        String join = requests.aJoinRequest().by(asker).to(group).create();
        String offer =
                requests.anOffer().by(asker).in(region.municipalityCode()).create();

        mvc.perform(get(asker, "/api/v1/join-requests?own=true&size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + join + "')]").isNotEmpty());
        mvc.perform(get(asker, "/api/v1/join-requests?toAnswer=true&size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + join + "')]").isEmpty());
        mvc.perform(get(region.coordinator(), "/api/v1/resource-offers?toAnswer=true&status=PENDING&size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + offer + "')]").isNotEmpty());
        mvc.perform(get(region.coordinator(), "/api/v1/resource-offers?status=REJECTED&size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + offer + "')]").isEmpty());
        mvc.perform(get(region.coordinator(), "/api/v1/resource-offers?actorId=" + ngo.id()))
                .andExpect(jsonPath("$.content[0].id").value(offer))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get(region.coordinator(), "/api/v1/resource-offers?status=WAITING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get(region.coordinator(), "/api/v1/join-requests?groupId=kaikki"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groupId"));
    }

    @Test
    void aProposalInARegionWithoutAnActionListIsRefusedAndStaysPending() throws Exception {
        String id = requests.aProposal().by(asker).in(region.municipalityCode()).create();
        mvc.perform(post(region.coordinator(), "/api/v1/measure-proposals/" + id + "/approve", ""))
                .andExpect(status().isConflict());
        mvc.perform(get(asker, "/api/v1/measure-proposals/" + id))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.measureId").doesNotExist());
        assertThat(jdbc.sql("SELECT count(*) FROM planning.measure WHERE source_type = 'MEASURE_PROPOSAL'"
                                + " AND source_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        // it may still be rejected, with a reason
        mvc.perform(post(
                        region.coordinator(),
                        "/api/v1/measure-proposals/" + id + "/reject",
                        "{\"reason\": \"Alueella ei ole toimenpidelistaa.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("Alueella ei ole toimenpidelistaa."));
    }

    @Test
    void anOfferIsAnsweredByTheCoordinatorOfItsRegionAndBecomesTheOfferersResource() throws Exception {
        String id = requests.anOffer().by(asker).in(region.municipalityCode()).create();
        String path = "/api/v1/resource-offers/" + id;
        Region other = world.aRegion();
        mvc.perform(post(other.coordinator(), path + "/approve", "")).andExpect(status().isNotFound());
        mvc.perform(post(asker, path + "/approve", "")).andExpect(status().isForbidden());
        String approved = mvc.perform(post(region.coordinator(), path + "/approve", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String resource = json.readTree(approved).get("resourceId").asString();
        mvc.perform(get(asker, "/api/v1/resources/" + resource))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerActorId").value(ngo.id()));
        // the owner takes it off the registry again, so that the demo registry stays as it is for
        // the tests that count it
        mvc.perform(delete(asker, "/api/v1/resources/" + resource)).andExpect(status().isNoContent());
    }

    @Test
    void aSignUpIsAnsweredByTheCoordinatorOfItsHomeRegionOnly() throws Exception {
        RegistrationTestData.Registration signup = requests.aRegistration().in(region.municipalityCode());
        String id = signup.create();
        String path = "/api/v1/registrations/" + id;
        Region other = world.aRegion();
        mvc.perform(get(other.coordinator(), path)).andExpect(status().isNotFound());
        mvc.perform(get(region.coordinator(), "/api/v1/registrations?size=1000"))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].status").value("RECEIVED"));
        signup.confirm();
        mvc.perform(post(other.coordinator(), path + "/approve", "")).andExpect(status().isNotFound());
        mvc.perform(post(region.coordinator(), path + "/approve", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post(region.coordinator(), path + "/reject", "{\"reason\": \"Myöhässä.\"}"))
                .andExpect(status().isConflict());
    }
}
