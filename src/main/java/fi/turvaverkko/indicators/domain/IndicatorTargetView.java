package fi.turvaverkko.indicators.domain;

import java.math.BigDecimal;

/**
 * A target value of an indicator in an area by a year, set on a goal of the planning module
 * ({@code goalId} is planning's id; it may be empty for a target of the indicator alone).
 */
public record IndicatorTargetView(
        String id,
        String indicatorId,
        String goalId,
        String areaId,
        String areaCode,
        Integer year,
        BigDecimal value,
        String note,
        Long version) {}
