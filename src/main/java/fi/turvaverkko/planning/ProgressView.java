package fi.turvaverkko.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A progress update of a measure: the date, the status it moves the measure to, the share done, a
 * short account and the cost realised since the previous update (added to that year's realised cost).
 */
public record ProgressView(
        String id,
        String measureId,
        LocalDate date,
        String status,
        Integer percent,
        String text,
        BigDecimal realisedCost,
        OffsetDateTime createdAt,
        String createdBy) {}
