package fi.turvaverkko.network;

import java.time.LocalDate;

/** An actor's (and optionally one of its contact persons') place in a group. */
public record MembershipView(
        String id,
        String groupId,
        String actorId,
        String contactPersonId,
        String role,
        LocalDate termStart,
        LocalDate termEnd,
        Long version) {

    /** The roles of docs/contract.md, chair first. */
    public static final java.util.List<String> ROLES =
            java.util.List.of("CHAIR", "VICE_CHAIR", "SECRETARY", "MEMBER", "EXPERT");
}
