package fi.turvaverkko.operations.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An exercise: its scenario (a risk scenario's id), dates, organiser and participants, with the
 * observations made and the lessons learned; a lesson that became a measure names it.
 */
public record ExerciseView(
        String id,
        String title,
        String kind,
        String scenarioId,
        String regionCode,
        String organiserActorId,
        LocalDate startDate,
        LocalDate endDate,
        String description,
        List<String> participantActorIds,
        List<Observation> observations,
        List<Lesson> lessons,
        Long version) {

    public static final List<String> KINDS = List.of("TABLETOP", "FUNCTIONAL", "FULL_SCALE");

    /** Something seen during the exercise. */
    public record Observation(String id, String text, String authorName, OffsetDateTime createdAt) {}

    /** A lesson learned; {@code measureId} is the action-list measure it became. */
    public record Lesson(String id, String text, String measureId, OffsetDateTime createdAt) {}
}
