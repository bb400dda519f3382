package fi.turvaverkko.audit.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the audit log as the current user may see it.
 *
 * @param changes field → value (a create or a delete), field → {@code {before, after}} (a change), or
 *     the details of an action; a value the user may not see is {@link #HIDDEN}
 * @param hidden the fields whose values are hidden, or {@code *} when all are
 * @param items for a read of restricted data, every item the request returned as {@code TYPE:id}
 * @param userId the user who made the change or read, or null for the application itself or a visitor
 *     who had not logged in (then {@code username} is {@code system} or {@code anonymous})
 */
public record AuditEntry(
        String id,
        OffsetDateTime at,
        String username,
        List<String> actorIds,
        String onBehalfOf,
        String itemType,
        String itemId,
        String action,
        Map<String, Object> changes,
        Set<String> hidden,
        List<String> items,
        String channel,
        String remoteAddr,
        String userId) {

    /** Stands for a value that the current user may not see. */
    public static final Object HIDDEN = new Hidden();

    /** The type of {@link #HIDDEN}. */
    public record Hidden() {}

    /** Are some (or all) of the values hidden from the current user? */
    public boolean redacted() {
        return !hidden.isEmpty();
    }
}
