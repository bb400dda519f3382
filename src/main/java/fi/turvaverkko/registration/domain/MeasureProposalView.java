package fi.turvaverkko.registration.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation's proposal of a measure for the action list; the coordinator of its region
 * answers. Created with the measure's fields and {@code actorId} ({@link MeasureProposalCommand});
 * the other fields are the workflow's and are ignored on input.
 */
public record MeasureProposalView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String actorId,
        String title,
        String description,
        List<String> areaCodes,
        List<String> themes,
        List<String> targetGroups,
        String emphasis,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String status,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String requestedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime createdAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime decidedAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String decidedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String reason,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String measureId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    static MeasureProposalView of(Request r, MeasureProposalCommand c, String requestedBy) {
        return new MeasureProposalView(
                String.valueOf(r.id()),
                String.valueOf(r.actorId()),
                c.title(),
                c.description(),
                c.areaCodes(),
                c.themes(),
                c.targetGroups(),
                c.emphasis(),
                c.startDate(),
                c.endDate(),
                r.status().name(),
                requestedBy,
                r.createdAt(),
                r.decidedAt(),
                r.decidedBy(),
                r.reason(),
                r.resultId(),
                r.version());
    }
}
