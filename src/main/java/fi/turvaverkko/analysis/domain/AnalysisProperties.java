package fi.turvaverkko.analysis.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analysis, under {@code turvaverkko.analysis}.
 *
 * @param highRiskScore a scenario at or above this score (likelihood × mean impact, 1–25) is a high risk
 * @param resourceDistanceKm resources of a needed type farther than this do not cover a high risk
 * @param staleMonths a measure without progress for this many months is stale
 * @param cacheSeconds how long the data read for the analysis is reused before it is read again in the
 *     background; 0 or less reads it on every request (for the benchmark's cold figures)
 */
@ConfigurationProperties("turvaverkko.analysis")
public record AnalysisProperties(
        @DefaultValue("9") double highRiskScore,
        @DefaultValue("100") double resourceDistanceKm,
        @DefaultValue("6") int staleMonths,
        @DefaultValue("30") int cacheSeconds) {}
