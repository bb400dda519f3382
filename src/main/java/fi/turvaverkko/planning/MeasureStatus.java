package fi.turvaverkko.planning;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import java.util.List;

/**
 * A measure's lifecycle: planned, ongoing, done; or cancelled before it is done. Done and cancelled
 * are final, and a measure is started before it is done. Staying in a state is always allowed (a
 * progress note, or a cost invoiced after the work was done).
 */
public enum MeasureStatus {
    PLANNED,
    ONGOING,
    DONE,
    CANCELLED;

    public static final List<String> CODES = List.of("PLANNED", "ONGOING", "DONE", "CANCELLED");

    public boolean canBecome(MeasureStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case PLANNED -> next == ONGOING || next == CANCELLED;
            case ONGOING -> next == DONE || next == CANCELLED;
            case DONE, CANCELLED -> false;
        };
    }

    /** Refuses a change the lifecycle forbids (409), naming the field. */
    public MeasureStatus moveTo(MeasureStatus next, String field) {
        if (!canBecome(next)) {
            throw new DomainException(
                    409,
                    "error.measure.transition",
                    List.of(Problem.field(field, "error.measure.transition", name(), next.name())),
                    name(),
                    next.name());
        }
        return next;
    }

    /** Is the measure still open (neither done nor cancelled)? */
    public boolean isOpen() {
        return this == PLANNED || this == ONGOING;
    }
}
