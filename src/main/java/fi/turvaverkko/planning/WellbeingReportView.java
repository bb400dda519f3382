package fi.turvaverkko.planning;

import java.time.OffsetDateTime;

/**
 * A yearly step of the wellbeing report cycle (Act 612/2021, § 6) for a wellbeing plan: the yearly
 * review in the operating plan and budget ({@code YEARLY_REVIEW}) or the yearly report to the council
 * ({@code YEARLY_REPORT}). The product drafts its text; the working group edits and approves it.
 */
public record WellbeingReportView(
        String id,
        String programmeId,
        String type,
        Integer year,
        String title,
        String body,
        String status,
        OffsetDateTime approvedAt,
        String approvedBy,
        String decisionReference,
        OffsetDateTime createdAt,
        String createdBy,
        Long version) {

    public static final java.util.List<String> TYPES = java.util.List.of("YEARLY_REVIEW", "YEARLY_REPORT");
}
