package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.network.NetworkTestData.Region;
import fi.turvaverkko.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Groups and their memberships in a region the test builds itself: who keeps the members (the
 * coordinator, the owner's users and the chair, not a plain member nor another region), what other
 * modules ask of a group in one call, and a membership whose term is over.
 */
@IntegrationTest
class GroupsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Groups groups;

    @Autowired
    NetworkAccess access;

    NetworkTestData world;
    Region region;
    ActorView owner;
    ActorView chair;
    ActorView member;
    ActorView newcomer;
    GroupView group;

    @BeforeEach
    void world() {
        world = new NetworkTestData(context);
        region = world.aRegion();
        owner = world.anActor()
                .in(region)
                .named("Omistajakunta")
                .sector("MUNICIPALITY")
                .create();
        chair = world.anActor().in(region).named("Puheenjohtajayhdistys ry").create();
        member = world.anActor().in(region).named("Jäsenyhdistys ry").create();
        newcomer = world.anActor().in(region).named("Uusi yhdistys ry").create();
        group = world.aGroup()
                .in(region)
                .ownedBy(owner)
                .withMember(chair, "CHAIR")
                .withMember(member)
                .create();
    }

    String membership(ActorView actor) {
        return "{\"actorId\": \"%s\", \"role\": \"EXPERT\"}".formatted(actor.id());
    }

    @Test
    void theCoordinatorTheOwnersUsersAndTheChairKeepTheMembersAndNobodyElse() throws Exception {
        String path = "/api/v1/groups/" + group.id() + "/members";
        String plainMember = world.userOf(member);
        Region other = world.aRegion();
        for (String refused : List.of(plainMember, other.coordinator(), world.userOf(newcomer))) {
            mvc.perform(post(refused, path, membership(newcomer))).andExpect(status().isForbidden());
        }
        for (String keeper : List.of(region.coordinator(), world.userOf(owner), world.userOf(chair))) {
            ActorView joining = world.anActor().in(region).named("Liittyvä ry").create();
            mvc.perform(post(keeper, path, membership(joining)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.role").value("EXPERT"))
                    .andExpect(jsonPath("$.groupId").value(group.id()));
        }
        mvc.perform(get(plainMember, path + "?size=100"))
                .andExpect(jsonPath("$.page.totalElements").value(5));
    }

    @Test
    void aBadMembershipIsRefusedOnItsFields() throws Exception {
        String path = "/api/v1/groups/" + group.id() + "/members";
        mvc.perform(post(
                        region.coordinator(),
                        path,
                        "{\"actorId\": \"%s\", \"role\": \"KING\"}".formatted(newcomer.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(post(region.coordinator(), path, "{\"actorId\": \"987654321\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actorId"));
        mvc.perform(post(
                        region.coordinator(),
                        path,
                        "{\"actorId\": \"%s\", \"termStart\": \"2026-05-01\", \"termEnd\": \"2026-04-30\"}"
                                .formatted(newcomer.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("termEnd"));
    }

    @Test
    void otherModulesAskWhoIsInAGroupAndWhoChairsWhatInOneCall() {
        assertThat(groups.isMember(group.id(), Long.parseLong(member.id()))).isTrue();
        assertThat(groups.isMember(group.id(), Long.parseLong(newcomer.id()))).isFalse();
        assertThat(groups.chairedBy(List.of(Long.valueOf(chair.id()), Long.valueOf(member.id()))))
                .containsExactly(Long.valueOf(group.id()));
        String membershipId = groups.admit(group.id(), newcomer.id(), "EXPERT");
        assertThat(membershipId).isNotBlank();
        assertThat(groups.isMember(group.id(), Long.parseLong(newcomer.id()))).isTrue();
        assertThat(world.as(world.userOf(newcomer), () -> access.isGroupMember(Long.parseLong(group.id()))))
                .isTrue();
        assertThat(world.as(world.userOf(newcomer), () -> access.isGroupChair(Long.parseLong(group.id()))))
                .isFalse();
        assertThat(world.as(world.userOf(chair), () -> access.isGroupChair(Long.parseLong(group.id()))))
                .isTrue();
        assertThat(world.as(world.userOf(chair), () -> access.canEditMemberships(group)))
                .isTrue();
        assertThat(world.as(world.userOf(member), () -> access.canEditMemberships(group)))
                .isFalse();
    }

    @Test
    void aMemberWhoseTermIsOverIsNoLongerAMember() throws Exception {
        ActorView former = world.anActor().in(region).named("Entinen jäsen ry").create();
        mvc.perform(post(
                        region.coordinator(),
                        "/api/v1/groups/" + group.id() + "/members",
                        "{\"actorId\": \"%s\", \"termStart\": \"%s\", \"termEnd\": \"%s\"}"
                                .formatted(
                                        former.id(),
                                        LocalDate.now().minusYears(2),
                                        LocalDate.now().minusDays(1))))
                .andExpect(status().isCreated());
        assertThat(groups.isMember(group.id(), Long.parseLong(former.id()))).isFalse();
        assertThat(world.as(world.userOf(former), () -> access.isGroupMember(Long.parseLong(group.id()))))
                .isFalse();
    }
}
