package fi.turvaverkko.registration;

import java.time.OffsetDateTime;

/**
 * An organisation's offer of a resource to the regional registry; the coordinator of its region
 * answers. Created with {@code typeCode} (a resource type of the catalogue), {@code name},
 * {@code quantity}, {@code areaCode} and optionally {@code description}, {@code availability},
 * {@code activationMinutes} and {@code actorId}.
 */
public record ResourceOfferView(
        String id,
        String actorId,
        String typeCode,
        String name,
        String description,
        Integer quantity,
        String areaCode,
        String availability,
        Integer activationMinutes,
        String status,
        String requestedBy,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,
        String decidedBy,
        String reason,
        String resourceId,
        Long version) {}
