package fi.turvaverkko.registration.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * An organisation's offer of a resource to the regional registry; the coordinator of its region
 * answers. Created with the fields of {@link ResourceOfferCommand}; the other fields are the
 * workflow's and are ignored on input.
 */
public record ResourceOfferView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String actorId,
        String typeCode,
        String name,
        String description,
        Integer quantity,
        String areaCode,
        String availability,
        Integer activationMinutes,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String status,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String requestedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime createdAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime decidedAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String decidedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String reason,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String resourceId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    static ResourceOfferView of(Request r, ResourceOfferCommand c, String requestedBy) {
        return new ResourceOfferView(
                String.valueOf(r.id()),
                String.valueOf(r.actorId()),
                c.typeCode(),
                c.name(),
                c.description(),
                c.quantity(),
                c.areaCode(),
                c.availability(),
                c.activationMinutes(),
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
