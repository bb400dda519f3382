package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.MeetingView.Item;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting's minutes through their life, as Finnish bodies keep them: the agenda of a planned
 * meeting, the draft of a held one, checked and approved (every item with its decision), then
 * published to the group. It decides each step and refuses the wrong one; the service only stores
 * what it decided.
 */
public record Minutes(MeetingStatus status, List<Item> items) {

    public Minutes {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Minutes of(String status, List<Item> items) {
        return new Minutes(MeetingStatus.valueOf(status), items);
    }

    /**
     * The state {@code action} ({@code held}, {@code approve}, {@code publish}) leads to: 409 out of
     * order; approving minutes without items, or with an item without a decision, is 400.
     */
    public MeetingStatus next(String action) {
        MeetingStatus to = status.after(action);
        if (to == MeetingStatus.APPROVED) {
            List<Problem> problems = new ArrayList<>();
            if (items.isEmpty()) {
                problems.add(Problem.global("error.meeting.noItems"));
            }
            items.stream()
                    .filter(i -> i.decision() == null || i.decision().isBlank())
                    .forEach(
                            i -> problems.add(Problem.field("items", "error.meeting.itemWithoutDecision", i.number())));
            InvalidInputException.throwIfAny(problems);
        }
        return to;
    }

    /** Items, attendance and action items may change until the minutes are approved. */
    public boolean editable() {
        return status == MeetingStatus.PLANNED || status == MeetingStatus.HELD;
    }

    public void requireEditable() {
        status.requireEditable();
    }

    /** Only a meeting that has not been held may be deleted: minutes are kept. */
    public void requireDeletable() {
        if (status != MeetingStatus.PLANNED) {
            throw new ConflictException("error.meeting.deleteHeld");
        }
    }

    /** Published minutes are read by everyone who sees the meeting; drafts by its editors only. */
    public boolean published() {
        return status == MeetingStatus.PUBLISHED;
    }

    /** Two items of one meeting cannot share a § number: 409 on the field. */
    public void requireFreeNumber(int number, String itemId) {
        if (items.stream().anyMatch(x -> x.number() == number && !x.id().equals(itemId))) {
            throw new fi.turvaverkko.shared.DomainException(
                    409,
                    "error.meeting.itemNumberTaken",
                    List.of(Problem.field("number", "error.meeting.itemNumberTaken", number)),
                    number);
        }
    }
}
