package fi.turvaverkko.platform;

/**
 * Decides who may read and add attachments of one kind of owner; the module that owns the item
 * provides it. Owner types without one are refused (deny by default).
 */
public interface AttachmentAccess {

    /** The owner type this policy answers for, e.g. {@code MEETING}. */
    String ownerType();

    /** May the current user read the owner (and so its attachments)? False also when it does not exist. */
    boolean canRead(String ownerId);

    /** May the current user add or remove attachments of the owner? */
    boolean canWrite(String ownerId);

    /**
     * Is the owner restricted data (a secret plan), so that reading its attachments is recorded in the
     * audit log (ADR 0024)? Asked only after {@link #canRead} said yes.
     */
    default boolean restricted(String ownerId) {
        return false;
    }
}
