package fi.turvaverkko.network.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** An actor's (and optionally one of its contact persons') place in a group. */
public record MembershipView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String groupId,
        String actorId,
        String contactPersonId,
        String role,
        LocalDate termStart,
        LocalDate termEnd,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    /** The roles of docs/contract.md, chair first. */
    public static final java.util.List<String> ROLES =
            java.util.List.of("CHAIR", "VICE_CHAIR", "SECRETARY", "MEMBER", "EXPERT");
}
