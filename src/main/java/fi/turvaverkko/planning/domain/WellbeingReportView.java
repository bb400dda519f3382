package fi.turvaverkko.planning.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A yearly step of the wellbeing report cycle (Act 612/2021, § 6) for a wellbeing plan: the yearly
 * review in the operating plan and budget ({@code YEARLY_REVIEW}) or the yearly report to the council
 * ({@code YEARLY_REPORT}). The product drafts its text; the working group edits its title and body
 * and approves it ({@code PUT} ignores the rest).
 */
public record WellbeingReportView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String programmeId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String type,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer year,
        String title,
        String body,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String status,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime approvedAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String approvedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String decisionReference,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime createdAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String createdBy,
        Long version) {

    public static final java.util.List<String> TYPES = java.util.List.of("YEARLY_REVIEW", "YEARLY_REPORT");
}
