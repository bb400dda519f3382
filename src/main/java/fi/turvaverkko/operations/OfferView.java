package fi.turvaverkko.operations;

import java.time.OffsetDateTime;

/** An owner's offer of one of its resources to a request; {@code committed} counts what was committed of it. */
public record OfferView(
        String id,
        String requestId,
        String resourceId,
        String actorId,
        Integer quantity,
        Integer committed,
        OffsetDateTime eta,
        String note,
        String status,
        String offeredBy,
        OffsetDateTime createdAt,
        Long version) {}
