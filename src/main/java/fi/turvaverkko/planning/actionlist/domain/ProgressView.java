package fi.turvaverkko.planning.actionlist.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A progress update of a measure: the date, the status it moves the measure to, the share done, a
 * short account and the cost realised since the previous update (added to that year's realised cost).
 */
public record ProgressView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String measureId,
        LocalDate date,
        String status,
        Integer percent,
        String text,
        BigDecimal realisedCost,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime createdAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String createdBy) {}
