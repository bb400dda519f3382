package fi.turvaverkko.indicators.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A target value of an indicator in an area by a year, set on a goal of the planning module
 * ({@code goalId} is planning's id; it may be empty for a target of the indicator alone).
 */
public record IndicatorTargetView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String indicatorId,
        String goalId,
        String areaId,
        String areaCode,
        Integer year,
        BigDecimal value,
        String note,
        Long version) {}
