package fi.turvaverkko.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation's proposal of a measure for the action list; the coordinator of its region
 * answers. Created with the measure's fields ({@code title}, {@code description}, {@code areaCodes},
 * {@code themes}, {@code targetGroups}, {@code emphasis}, {@code startDate}, {@code endDate}) and
 * {@code actorId}, which may be left out when the user acts for one organisation only.
 */
public record MeasureProposalView(
        String id,
        String actorId,
        String title,
        String description,
        List<String> areaCodes,
        List<String> themes,
        List<String> targetGroups,
        String emphasis,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        String requestedBy,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,
        String decidedBy,
        String reason,
        String measureId,
        Long version) {}
