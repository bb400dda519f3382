package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.MeetingView.Attendance;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes demo and bench data straight into the network's tables, in the caller's transaction:
 * no rights, no audit, no checks beyond the database's own. Only loaders use it.
 */
@Component
public class NetworkLoader {

    private final ActorRepository actors;
    private final GroupRepository groups;
    private final MeetingRepository meetings;

    NetworkLoader(ActorRepository actors, GroupRepository groups, MeetingRepository meetings) {
        this.actors = actors;
        this.groups = groups;
        this.meetings = meetings;
    }

    public long contact(long actorId, ContactCommand c) {
        return actors.insertContact(actorId, c);
    }

    /** A group with its owner, parent and area given by id. */
    public long group(GroupCommand g) {
        return groups.insert(g);
    }

    public void membership(long groupId, MembershipCommand m) {
        groups.insertMembership(groupId, m);
    }

    public long meeting(long groupId, MeetingCommand m) {
        return meetings.insert(groupId, m);
    }

    public void attendance(long meetingId, List<Attendance> attendance) {
        meetings.setAttendance(meetingId, attendance);
    }

    public long item(long meetingId, ItemCommand i) {
        return meetings.insertItem(meetingId, i);
    }

    public long actionItem(long meetingId, ActionItemCommand a) {
        return meetings.insertActionItem(meetingId, a);
    }

    public boolean updateActionItem(long id, long version, ActionItemCommand a) {
        return meetings.updateActionItem(id, version, a);
    }

    /** Moves a meeting from one status to the next, as its editor {@code by}; false when it was not in {@code from}. */
    public boolean transition(long meetingId, MeetingStatus from, MeetingStatus to, String by) {
        return meetings.transition(meetingId, from.name(), to.name(), by);
    }
}
