package fi.turvaverkko.planning;

import java.time.OffsetDateTime;

/**
 * An alignment link: the lower goal ({@code fromGoalId}) contributes to or implements the higher
 * goal ({@code toGoalId}) of another programme. The programme ids and timestamps are read-only.
 */
public record GoalLinkView(
        String id,
        String fromGoalId,
        String toGoalId,
        String kind,
        String note,
        String fromProgrammeId,
        String toProgrammeId,
        OffsetDateTime createdAt,
        String createdBy,
        Long version) {

    public static final java.util.List<String> KINDS = java.util.List.of("CONTRIBUTES_TO", "IMPLEMENTS");
}
