package fi.turvaverkko.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting of a group. Lists leave out the items, attendance and action items; one meeting read
 * by id carries them, when the caller may see the minutes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String groupId,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String status,
        String minuteCheckers,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime approvedAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String approvedBy,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime publishedAt,
        List<Attendance> attendance,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Item> items,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<ActionItem> actionItems,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    /** Who was there, for which actor. */
    public record Attendance(String actorId, String personName, Boolean present) {}

    /** A numbered item (§) with the proposal and the decision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY)
            String id,

            Integer number,
            String title,
            String proposal,
            String decision,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY)
            Long version) {}

    /** Something the meeting decided that someone must do; may become a measure of the action list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionItem(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY)
            String id,

            String itemId,
            String description,
            String responsibleActorId,
            LocalDate dueDate,
            String status,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY)
            String measureId,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY)
            Long version) {}

    public static final List<String> STATUSES = List.of("PLANNED", "HELD", "APPROVED", "PUBLISHED");
}
