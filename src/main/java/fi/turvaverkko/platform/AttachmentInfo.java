package fi.turvaverkko.platform;

import java.time.OffsetDateTime;

/** A stored attachment without its content. */
public record AttachmentInfo(
        String id,
        String ownerType,
        String ownerId,
        String filename,
        String contentType,
        long sizeBytes,
        String sha256,
        OffsetDateTime createdAt,
        String createdBy) {}
