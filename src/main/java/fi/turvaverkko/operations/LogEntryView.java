package fi.turvaverkko.operations;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of the situation log. A correction is a new entry whose {@code correctsId} names the
 * entry it corrects; {@code correctedById} tells that a later entry corrects this one.
 */
public record LogEntryView(
        String id,
        String disruptionId,
        String kind,
        String text,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt,
        String authorName,
        String authorActorId,
        Double lat,
        Double lon,
        String correctsId,
        String correctedById) {

    public static final List<String> KINDS = List.of("OBSERVATION", "DECISION", "TASK", "REQUEST", "MEDIA");
}
