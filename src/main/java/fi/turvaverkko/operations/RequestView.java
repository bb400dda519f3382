package fi.turvaverkko.operations;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A resource request of a disruption: what type, how many, where and by when. {@code committed}
 * counts the units committed so far; {@code askedActorIds} are the owners asked (by mail); when none
 * are given, the owners of the nearest available resources of the type are asked.
 */
public record RequestView(
        String id,
        String disruptionId,
        String typeCode,
        Integer quantity,
        Integer committed,
        OffsetDateTime neededBy,
        String areaCode,
        Double lat,
        Double lon,
        String description,
        String status,
        String requestedByActorId,
        String requestedBy,
        OffsetDateTime createdAt,
        List<String> askedActorIds,
        Long version) {}
