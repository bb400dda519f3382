package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.network.NetworkTestData.Region;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Meetings in a network the test builds itself: who reads a meeting's minutes at each step, the
 * action items other modules read in one call, and an action item that becomes a measure once.
 */
@IntegrationTest
class MeetingsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    NetworkTestData world;
    Region region;
    ActorView member;
    ActorView outsider;
    String memberUser;
    String outsiderUser;
    GroupView group;

    @BeforeEach
    void world() {
        world = new NetworkTestData(context);
        region = world.aRegion();
        member = world.anActor().in(region).named("Jäsenyhdistys ry").create();
        outsider = world.anActor().in(region).named("Ulkopuolinen ry").create();
        memberUser = world.userOf(member);
        outsiderUser = world.userOf(outsider);
        group = world.aGroup().in(region).withMember(member).create();
    }

    @Test
    void aDraftIsReadByTheGroupsEditorsAndPublishedMinutesByEveryone() throws Exception {
        MeetingView m = world.aMeeting()
                .of(group)
                .by(memberUser)
                .withItem("Kokouksen avaus", "Puheenjohtaja avasi kokouksen.")
                .held()
                .create();
        assertThat(m.status()).isEqualTo("HELD");
        String path = "/api/v1/meetings/" + m.id();
        // a member of the group and the coordinator read the draft; another organisation sees the time only
        for (String editor : List.of(memberUser, region.coordinator())) {
            mvc.perform(get(editor, path))
                    .andExpect(jsonPath("$.items[0].title").value("Kokouksen avaus"));
        }
        mvc.perform(get(outsiderUser, path))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(m.title()))
                .andExpect(jsonPath("$.items").doesNotExist());
        // the outsider neither moves the minutes on nor adds to them
        mvc.perform(post(outsiderUser, path + "/approve", "")).andExpect(status().isForbidden());
        mvc.perform(post(outsiderUser, path + "/items", "{\"title\": \"Muut asiat\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(post(memberUser, path + "/approve", "")).andExpect(status().isOk());
        mvc.perform(get(outsiderUser, path)).andExpect(jsonPath("$.items").doesNotExist());
        mvc.perform(post(memberUser, path + "/publish", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedAt").exists());
        mvc.perform(get(outsiderUser, path))
                .andExpect(jsonPath("$.items[0].decision").value("Puheenjohtaja avasi kokouksen."));
    }

    @Test
    void approvedMinutesAreLockedAndAHeldMeetingIsKept() throws Exception {
        MeetingView m = world.aMeeting()
                .of(group)
                .by(region.coordinator())
                .withItem("Talousarvio", "Hyväksyttiin.")
                .approved()
                .create();
        String path = "/api/v1/meetings/" + m.id();
        String item = m.items().get(0).id();
        mvc.perform(put(
                        region.coordinator(),
                        path + "/items/" + item,
                        "{\"number\": 1, \"title\": \"Talousarvio\", \"decision\": \"Hylättiin.\", \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(fi.turvaverkko.support.Api.delete(region.coordinator(), path))
                .andExpect(status().isConflict());
        mvc.perform(get(region.coordinator(), path))
                .andExpect(jsonPath("$.items[0].decision").value("Hyväksyttiin."));
    }

    @Test
    void theActionItemsOfAGroupAreReadInOneCallAsTheReaderMaySeeThem() {
        ActorView responsible =
                world.anActor().in(region).named("Vastuuyhdistys ry").create();
        MeetingView published = world.aMeeting()
                .of(group)
                .by(region.coordinator())
                .withItem("Harjoitus", "Järjestetään harjoitus syksyllä.")
                .withActionItem("Valmistele harjoitus", responsible)
                .published()
                .create();
        MeetingView draft = world.aMeeting()
                .of(group)
                .by(region.coordinator())
                .at(published.startsAt().plusDays(14))
                .withItem("Viestintä", null)
                .withActionItem("Päivitä yhteystiedot", null)
                .held()
                .create();

        List<ActionItemRow> seenByOutsider = world.as(outsiderUser, () -> meetings.actionItemsOfGroup(group.id(), 12));
        assertThat(seenByOutsider)
                .extracting(r -> r.item().description(), r -> r.meeting().id(), ActionItemRow::responsibleName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Valmistele harjoitus", published.id(), responsible.name()));

        List<ActionItemRow> seenByMember = world.as(memberUser, () -> meetings.actionItemsOfGroup(group.id(), 12));
        assertThat(seenByMember)
                .extracting(r -> r.item().description())
                .containsExactlyInAnyOrder("Valmistele harjoitus", "Päivitä yhteystiedot");
        assertThat(seenByMember)
                .filteredOn(r -> r.meeting().id().equals(draft.id()))
                .extracting(ActionItemRow::responsibleName)
                .containsOnlyNulls();
        // only the latest meetings are read
        assertThat(world.as(memberUser, () -> meetings.actionItemsOfGroup(group.id(), 1)))
                .extracting(r -> r.meeting().id())
                .containsOnly(draft.id());
    }

    @Test
    void anActionItemBecomesAMeasureOnceAndOnlyForThoseWhoSeeTheMinutes() throws Exception {
        MeetingView draft = world.aMeeting()
                .of(group)
                .by(memberUser)
                .withItem("Kyläturvallisuus", "Kartoitetaan kylien turvallisuus.")
                .withActionItem("Kartoita kylät", member)
                .held()
                .create();
        String actionItem = draft.actionItems().get(0).id();
        assertThatThrownBy(() -> world.as(outsiderUser, () -> meetings.actionItemSource(actionItem)))
                .isInstanceOf(NotFoundException.class);
        ActionItemSource source = world.as(memberUser, () -> meetings.actionItemSource(actionItem));
        assertThat(source.item().description()).isEqualTo("Kartoita kylät");
        assertThat(source.meeting().id()).isEqualTo(draft.id());
        assertThat(source.group().id()).isEqualTo(group.id());

        // planning turns it into a measure as the one who converts it
        world.as(memberUser, () -> {
            meetings.markActionItemConverted(actionItem, 4242L);
            return null;
        });
        assertThatThrownBy(() -> world.as(memberUser, () -> {
                    meetings.markActionItemConverted(actionItem, 4243L);
                    return null;
                }))
                .isInstanceOf(ConflictException.class);
        mvc.perform(get(memberUser, "/api/v1/meetings/" + draft.id()))
                .andExpect(jsonPath("$.actionItems[0].status").value("CONVERTED"))
                .andExpect(jsonPath("$.actionItems[0].measureId").value("4242"));
        // nobody opens it again by hand, so that it cannot become a second measure
        mvc.perform(put(
                        memberUser,
                        "/api/v1/meetings/" + draft.id() + "/action-items/" + actionItem,
                        "{\"description\": \"Kartoita kylät\", \"status\": \"OPEN\", \"version\": 1}"))
                .andExpect(status().isConflict());
        mvc.perform(get(memberUser, "/api/v1/meetings/" + draft.id()))
                .andExpect(jsonPath("$.actionItems[0].status").value("CONVERTED"));
    }
}
