package fi.turvaverkko.registration.domain;

/**
 * A request to join a group: the group, the organisation that asks ({@code actorId}; may be left out
 * when the user acts for one only), the role it asks for (MEMBER, the default, or EXPERT) and a message.
 */
public record JoinRequestCommand(String groupId, String actorId, String role, String message) {

    /** The writable fields of a join request as the API and the form send it; the rest is ignored. */
    public static JoinRequestCommand of(JoinRequestView v) {
        return new JoinRequestCommand(v.groupId(), v.actorId(), v.role(), v.message());
    }
}
