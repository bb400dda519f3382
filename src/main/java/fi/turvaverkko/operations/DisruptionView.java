package fi.turvaverkko.operations;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A disruption as the API shows it and takes it back in {@code PUT}. {@code riskScenarioId} names
 * the risk scenario it realises; {@code status} changes only through the status action. Read-only:
 * {@code id}, {@code status}, {@code regionCode}, {@code endedAt}.
 */
public record DisruptionView(
        String id,
        String kind,
        String title,
        String description,
        String severity,
        String status,
        String leadActorId,
        String regionCode,
        List<String> areaCodes,
        String riskScenarioId,
        Boolean publicAlert,
        String publicSummary,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        Long version) {

    public static final List<String> KINDS = List.of(
            "STORM",
            "POWER_OUTAGE",
            "FLOOD",
            "FOREST_FIRE",
            "WATER_CONTAMINATION",
            "EXTREME_COLD",
            "CYBER",
            "MASS_CASUALTY",
            "MISSING_PERSON",
            "MIGRATION",
            "OTHER");
    public static final List<String> SEVERITIES = List.of("MINOR", "MODERATE", "SEVERE", "EXTREME");
}
