package fi.turvaverkko.registration.domain;

import java.time.OffsetDateTime;

/**
 * A registration as the coordinator sees it. {@code confirmed} tells whether the e-mail address has
 * been confirmed; {@code status} is RECEIVED, CONFIRMED, APPROVED or REJECTED.
 */
public record RegistrationView(
        String id,
        String organisationName,
        String sector,
        String businessId,
        String homeAreaId,
        String homeAreaCode,
        String regionId,
        String email,
        String username,
        String language,
        String actorId,
        String userId,
        String status,
        boolean confirmed,
        OffsetDateTime createdAt,
        OffsetDateTime confirmedAt,
        OffsetDateTime decidedAt,
        String decidedBy,
        String rejectReason,
        Long version) {

    /** May still be approved or rejected. */
    public boolean isOpen() {
        return "RECEIVED".equals(status) || "CONFIRMED".equals(status);
    }
}
