package fi.turvaverkko.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure another module asks the action list to make (see {@link Measures#createFromSource}).
 * Without {@code programmeId} it goes to the current action list of the region of the first area, or
 * of the responsible actor's home area.
 */
public record MeasureDraft(
        String title,
        String description,
        String responsibleActorId,
        List<String> partnerActorIds,
        List<String> areaCodes,
        List<String> themes,
        List<String> targetGroups,
        String emphasis,
        LocalDate startDate,
        LocalDate endDate,
        String programmeId) {}
