package fi.turvaverkko.registration.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * An organisation's request to join a cooperation group; {@code status} is PENDING, APPROVED or
 * REJECTED. Created with the fields groupId, actorId, role and message ({@link JoinRequestCommand});
 * the other fields are the workflow's and are ignored on input.
 */
public record JoinRequestView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String groupId,
        String actorId,
        String role,
        String message,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String status,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String requestedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime createdAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime decidedAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String decidedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String reason,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String membershipId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    static JoinRequestView of(Request r, JoinRequestCommand c, String requestedBy) {
        return new JoinRequestView(
                String.valueOf(r.id()),
                c.groupId(),
                String.valueOf(r.actorId()),
                c.role(),
                c.message(),
                r.status().name(),
                requestedBy,
                r.createdAt(),
                r.decidedAt(),
                r.decidedBy(),
                r.reason(),
                r.resultId(),
                r.version());
    }
}
