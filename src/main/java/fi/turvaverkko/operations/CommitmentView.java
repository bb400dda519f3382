package fi.turvaverkko.operations;

import java.time.OffsetDateTime;

/** Units of an offer that the authority in charge committed, and how far they have come: deployed, released. */
public record CommitmentView(
        String id,
        String offerId,
        String requestId,
        String resourceId,
        Integer quantity,
        String status,
        OffsetDateTime eta,
        OffsetDateTime committedAt,
        String committedBy,
        OffsetDateTime deployedAt,
        OffsetDateTime releasedAt,
        Long version) {}
