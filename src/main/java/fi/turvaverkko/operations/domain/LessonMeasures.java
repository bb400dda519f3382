package fi.turvaverkko.operations.domain;

import fi.turvaverkko.planning.MeasureDraft;
import fi.turvaverkko.planning.Measures;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Where a lesson learned becomes a measure of the action list: planning's
 * {@code Measures.createFromSource(draft, "EXERCISE_LESSON", lessonId)}.
 */
@Component
class LessonMeasures {

    /** Acting on what an exercise taught is preparing for the next disruption: preventive work. */
    static final String EMPHASIS = "PREVENTION";

    private final Measures measures;

    LessonMeasures(Measures measures) {
        this.measures = measures;
    }

    /**
     * Creates the measure in the current action list of the region of its first area and returns its
     * id; the action list checks it (400) and refuses a second measure of the same lesson or a region
     * without an action list (409).
     */
    String create(
            String title,
            String description,
            String responsibleActorId,
            List<String> areaCodes,
            LocalDate startDate,
            LocalDate endDate,
            String lessonId) {
        MeasureDraft draft = new MeasureDraft(
                title,
                description,
                responsibleActorId,
                List.of(),
                areaCodes,
                List.of(),
                List.of(),
                EMPHASIS,
                startDate,
                endDate,
                null);
        return measures.createFromSource(draft, "EXERCISE_LESSON", lessonId).id();
    }
}
