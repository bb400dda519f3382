package fi.turvaverkko.network.domain;

import fi.turvaverkko.shared.ConflictException;

/**
 * A meeting's lifecycle as Finnish bodies run it: planned (agenda), held (minutes drafted),
 * approved (checked and signed off), published to the group. Each step refuses the wrong order.
 */
public enum MeetingStatus {
    PLANNED,
    HELD,
    APPROVED,
    PUBLISHED;

    /** The state that {@code action} leads to from this one, or a refusal. */
    public MeetingStatus after(String action) {
        MeetingStatus next = switch (action) {
            case "held" -> this == PLANNED ? HELD : null;
            case "approve" -> this == HELD ? APPROVED : null;
            case "publish" -> this == APPROVED ? PUBLISHED : null;
            default -> null;
        };
        if (next == null) {
            throw new ConflictException("error.meeting.transition", name(), action);
        }
        return next;
    }

    /** Items, attendance and action items may change until the minutes are approved. */
    public void requireEditable() {
        if (this == APPROVED || this == PUBLISHED) {
            throw new ConflictException("error.meeting.locked");
        }
    }
}
