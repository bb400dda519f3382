package fi.turvaverkko.network;

import fi.turvaverkko.network.domain.MeetingService;
import java.util.List;
import org.springframework.stereotype.Service;

/** Meetings and their action items as other modules read them: the action list turns action items into measures. */
@Service
public class Meetings {

    private final MeetingService meetings;

    Meetings(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** A meeting, with its minutes when the caller may see them. */
    public MeetingView get(String id) {
        return meetings.get(id);
    }

    /** The group's latest meetings, newest first, without their minutes. */
    public List<MeetingView> ofGroup(String groupId, int limit) {
        return meetings.ofGroup(groupId, limit);
    }

    /**
     * The action items of the group's latest {@code meetings} meetings whose minutes the caller may
     * see, with their meetings and the responsible actors' names: a page's rows in three queries.
     */
    public List<ActionItemRow> actionItemsOfGroup(String groupId, int meetings) {
        return this.meetings.actionItemsOfGroup(groupId, meetings);
    }

    /** An action item with its meeting and group, when the caller may see the minutes (else 404). */
    public ActionItemSource actionItemSource(String actionItemId) {
        return meetings.actionItemSource(actionItemId);
    }

    /** Records that an action item became a measure (409 when it already did). */
    public void markActionItemConverted(String actionItemId, long measureId) {
        meetings.markActionItemConverted(actionItemId, measureId);
    }
}
