package fi.turvaverkko.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.network.MeetingView.Item;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting's minutes through their life: planned, held, approved with a decision on every item,
 * published; every step out of order refused, and what may change at each step.
 */
class MinutesTests {

    static Item item(String id, int number, String decision) {
        return new Item(id, number, "Asia " + number, "Esitys", decision, 0L);
    }

    static Minutes minutes(MeetingStatus status, Item... items) {
        return new Minutes(status, List.of(items));
    }

    @Test
    void theMinutesGoFromPlannedThroughHeldAndApprovedToPublished() {
        Minutes m = minutes(MeetingStatus.PLANNED, item("1", 1, "Hyväksyttiin."));
        MeetingStatus held = m.next("held");
        assertThat(held).isEqualTo(MeetingStatus.HELD);
        MeetingStatus approved = new Minutes(held, m.items()).next("approve");
        assertThat(approved).isEqualTo(MeetingStatus.APPROVED);
        MeetingStatus published = new Minutes(approved, m.items()).next("publish");
        assertThat(published).isEqualTo(MeetingStatus.PUBLISHED);
    }

    @Test
    void everyStepOutOfOrderIsAConflict() {
        String[][] refused = {
            {"PLANNED", "approve"}, {"PLANNED", "publish"}, {"HELD", "held"}, {"HELD", "publish"},
            {"APPROVED", "held"}, {"APPROVED", "approve"}, {"PUBLISHED", "held"}, {"PUBLISHED", "approve"},
            {"PUBLISHED", "publish"}, {"PLANNED", "archive"}
        };
        for (String[] r : refused) {
            Minutes m = minutes(MeetingStatus.valueOf(r[0]), item("1", 1, "Päätös"));
            assertThatThrownBy(() -> m.next(r[1]))
                    .as("%s then %s", r[0], r[1])
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(409))
                    .satisfies(
                            e -> assertThat(((DomainException) e).messageKey()).isEqualTo("error.meeting.transition"))
                    .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(r[0], r[1]));
        }
    }

    @Test
    void minutesWithoutItemsAreNotApproved() {
        Minutes m = minutes(MeetingStatus.HELD);
        assertThatThrownBy(() -> m.next("approve"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems())
                        .extracting(Problem::messageKey)
                        .containsExactly("error.meeting.noItems"));
    }

    @Test
    void everyItemWithoutADecisionIsNamedByItsNumberWhenApproving() {
        Minutes m = minutes(
                MeetingStatus.HELD, item("1", 1, "Merkittiin tiedoksi."), item("2", 2, null), item("3", 5, "  "));
        assertThatThrownBy(() -> m.next("approve"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((DomainException) e).problems();
                    assertThat(problems).extracting(Problem::field).containsOnly("items");
                    assertThat(problems)
                            .extracting(Problem::messageKey)
                            .containsOnly("error.meeting.itemWithoutDecision");
                    List<Object> numbers = new ArrayList<>();
                    problems.forEach(p -> numbers.add(p.args()[0]));
                    assertThat(numbers).containsExactly(2, 5);
                });
    }

    @Test
    void itemsChangeUntilTheMinutesAreApprovedAndOnlyAPlannedMeetingIsDeleted() {
        assertThat(minutes(MeetingStatus.PLANNED).editable()).isTrue();
        assertThat(minutes(MeetingStatus.HELD).editable()).isTrue();
        assertThat(minutes(MeetingStatus.APPROVED).editable()).isFalse();
        assertThat(minutes(MeetingStatus.PUBLISHED).editable()).isFalse();
        minutes(MeetingStatus.HELD).requireEditable();
        assertThatThrownBy(() -> minutes(MeetingStatus.APPROVED).requireEditable())
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.meeting.locked");
        minutes(MeetingStatus.PLANNED).requireDeletable();
        for (MeetingStatus s : List.of(MeetingStatus.HELD, MeetingStatus.APPROVED, MeetingStatus.PUBLISHED)) {
            assertThatThrownBy(() -> minutes(s).requireDeletable())
                    .as(s.name())
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.meeting.deleteHeld");
        }
    }

    @Test
    void onlyPublishedMinutesAreReadByTheWholeGroup() {
        assertThat(minutes(MeetingStatus.PUBLISHED).published()).isTrue();
        assertThat(minutes(MeetingStatus.APPROVED).published()).isFalse();
        assertThat(Minutes.of("HELD", null).published()).isFalse();
        assertThat(Minutes.of("HELD", null).items()).isEmpty();
    }

    @Test
    void twoItemsOfAMeetingDoNotShareANumberButAnItemKeepsItsOwn() {
        Minutes m = minutes(MeetingStatus.HELD, item("10", 1, null), item("11", 2, null));
        m.requireFreeNumber(3, "new");
        m.requireFreeNumber(1, "10");
        assertThatThrownBy(() -> m.requireFreeNumber(2, "10"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.status()).isEqualTo(409);
                    assertThat(d.problems()).extracting(Problem::field).containsExactly("number");
                    assertThat(d.problems().get(0).args()).containsExactly(2);
                });
    }

    @Test
    void theItemsAreCopiedSoThatTheMinutesCannotChangeBehindTheirBack() {
        List<Item> items = new ArrayList<>(List.of(item("1", 1, "Päätös")));
        Minutes m = new Minutes(MeetingStatus.HELD, items);
        items.clear();
        assertThat(m.items()).hasSize(1);
    }
}
