package fi.turvaverkko.registration;

import java.time.OffsetDateTime;

/**
 * An organisation's request to join a cooperation group; {@code status} is PENDING, APPROVED or
 * REJECTED. Created with {@code {"groupId", "actorId", "role", "message"}} ({@code actorId} may be
 * left out when the user acts for one organisation only; {@code role} is MEMBER or EXPERT).
 */
public record JoinRequestView(
        String id,
        String groupId,
        String actorId,
        String role,
        String message,
        String status,
        String requestedBy,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,
        String decidedBy,
        String reason,
        String membershipId,
        Long version) {}
