package fi.turvaverkko.operations;

import fi.turvaverkko.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Where a lesson learned becomes a measure of the action list: planning's
 * {@code MeasureService.createFromSource(draft, "EXERCISE_LESSON", lessonId)}.
 *
 * <p>GAP (for the lead): the planning module was not yet in the repository when this was written, so
 * the call is not wired; until it is, turning a lesson into a measure answers 409 with a message that
 * says so. Wiring it is one call here, nothing else changes.
 */
@Component
class LessonMeasures {

    /** Creates the measure and returns its id. */
    String create(
            String title,
            String description,
            String responsibleActorId,
            List<String> areaCodes,
            LocalDate startDate,
            LocalDate endDate,
            String lessonId) {
        throw new DomainException(409, "error.lesson.planningMissing");
    }
}
