package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.MeetingView.Attendance;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as its editors set it: the group (fixed once created), title, times, place, who checks
 * the minutes and, when given, who attended (null keeps the attendance as it is).
 */
public record MeetingCommand(
        String groupId,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String minuteCheckers,
        List<Attendance> attendance,
        Long version) {

    /** The writable fields of a meeting as the API sends it; status, approval and publication are not. */
    public static MeetingCommand of(MeetingView m) {
        return new MeetingCommand(
                m.groupId(),
                m.title(),
                m.startsAt(),
                m.endsAt(),
                m.place(),
                m.minuteCheckers(),
                m.attendance(),
                m.version());
    }
}
