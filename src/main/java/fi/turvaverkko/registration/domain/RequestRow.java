package fi.turvaverkko.registration.domain;

import java.time.OffsetDateTime;

/**
 * A request as a list shows it, whatever its kind: what it is about ({@code title}: the group, the
 * measure's title, the resource's name, in the reader's language) and who asked.
 */
public record RequestRow(
        RequestKind kind,
        String id,
        String actorId,
        String actorName,
        String title,
        OffsetDateTime createdAt,
        String status) {}
