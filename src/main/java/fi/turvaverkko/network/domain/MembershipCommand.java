package fi.turvaverkko.network.domain;

import java.time.LocalDate;

/**
 * An actor's place in a group as a caller sets it: the actor (fixed once it is a member), optionally
 * one of its contact persons, the role (MEMBER when none is given) and the term.
 */
public record MembershipCommand(
        String actorId, String contactPersonId, String role, LocalDate termStart, LocalDate termEnd, Long version) {

    /** The writable fields of a membership as the API and the form send it; the rest is ignored. */
    public static MembershipCommand of(MembershipView m) {
        return new MembershipCommand(
                m.actorId(), m.contactPersonId(), m.role(), m.termStart(), m.termEnd(), m.version());
    }
}
