package fi.turvaverkko.registration.domain;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import java.util.List;

/**
 * A sign-up's life: received, its address confirmed by the link of the mail, then approved by the
 * coordinator of its region (only once confirmed) or rejected with a reason (while still open). A
 * decision is taken once; the repository stores it only over the state it was taken from, so that two
 * who answer at once cannot both win.
 */
public enum RegistrationStatus {
    RECEIVED,
    CONFIRMED,
    APPROVED,
    REJECTED;

    /** The states a decision may still be taken over. */
    static final List<RegistrationStatus> OPEN = List.of(RECEIVED, CONFIRMED);

    boolean open() {
        return OPEN.contains(this);
    }

    /** The state an approval leads to: 409 before the address is confirmed, and after a decision. */
    RegistrationStatus approve() {
        if (this == RECEIVED) {
            throw new ConflictException("error.registration.unconfirmed");
        }
        requireOpen();
        return APPROVED;
    }

    /** The state a rejection leads to: 409 after a decision. */
    RegistrationStatus reject() {
        requireOpen();
        return REJECTED;
    }

    private void requireOpen() {
        if (!open()) {
            throw new ConflictException("error.registration.decided");
        }
    }

    /** The status filter of the coordinator's list, or null for all; an unknown one is refused (400). */
    static RegistrationStatus filter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "error.status.unknown", status);
        }
    }
}
