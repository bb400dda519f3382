package fi.turvaverkko.operations.domain;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import java.util.List;

/**
 * The lifecycle of a commitment of resources: COMMITTED → DEPLOYED → RELEASED, or released straight
 * from COMMITTED; nothing leaves RELEASED. Refuses any other change (409).
 */
public enum CommitmentStatus {
    COMMITTED,
    DEPLOYED,
    RELEASED;

    public static CommitmentStatus of(String status) {
        return valueOf(status);
    }

    /** The resources reach the scene. */
    public CommitmentStatus deploy() {
        return to(DEPLOYED, this == COMMITTED);
    }

    /** The resources are free again (their units go back to the resource). */
    public CommitmentStatus release() {
        return to(RELEASED, this == COMMITTED || this == DEPLOYED);
    }

    private CommitmentStatus to(CommitmentStatus next, boolean allowed) {
        if (!allowed) {
            throw refused(name(), next.name());
        }
        return next;
    }

    /** The refusal of a change, also when someone else moved the commitment a moment before. */
    public static DomainException refused(String from, String to) {
        return new DomainException(
                409,
                "error.commitment.transition",
                List.of(Problem.field("status", "error.commitment.transition", from, to)),
                from,
                to);
    }
}
