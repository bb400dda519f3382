package fi.turvaverkko.planning.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * An alignment link: the lower goal ({@code fromGoalId}) contributes to or implements the higher
 * goal ({@code toGoalId}) of another programme. The programme ids and timestamps are read-only.
 */
public record GoalLinkView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String fromGoalId,
        String toGoalId,
        String kind,
        String note,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String fromProgrammeId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String toProgrammeId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime createdAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String createdBy,
        Long version) {

    public static final java.util.List<String> KINDS = java.util.List.of("CONTRIBUTES_TO", "IMPLEMENTS");
}
