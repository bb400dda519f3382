package fi.turvaverkko.registration.domain;

import fi.turvaverkko.shared.InvalidInputException;

/** The states of a request: waiting for an answer, approved (and handed over), rejected with a reason. */
public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED;

    /** The status filter of a list, or null for all; an unknown one is refused (400). */
    static String filter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return valueOf(status).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "error.status.unknown", status);
        }
    }
}
