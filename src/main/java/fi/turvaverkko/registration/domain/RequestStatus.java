package fi.turvaverkko.registration;

import fi.turvaverkko.shared.InvalidInputException;
import java.util.List;

/** The states of a request: waiting for an answer, approved, rejected. */
final class RequestStatuses {

    static final List<String> ALL = List.of("PENDING", "APPROVED", "REJECTED");

    private RequestStatuses() {}

    /** The status filter, or null for all; an unknown one is refused. */
    static String check(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!ALL.contains(status)) {
            throw new InvalidInputException("status", "error.status.unknown", status);
        }
        return status;
    }
}
