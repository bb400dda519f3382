package fi.turvaverkko.shared;

import java.util.Map;

/**
 * Published by every module, inside the transaction that changed an item, so that the audit log
 * records the change atomically with it. Who made it and from where is taken by the listener from
 * the request that runs the transaction (ADR 0003).
 *
 * @param itemType the item's kind, e.g. {@code ACTOR}
 * @param itemId the item's id
 * @param action what happened: CREATE, UPDATE, DELETE, IMPORT or a lifecycle verb such as APPROVE
 * @param actorId the actor on whose behalf the change was made, when one is known
 * @param changes field → {@code {before: …, after: …}} ({@link Changes#between}, {@link
 *     Changes#change}); for a create only the after values, for a delete the before values
 */
public record ItemChanged(String itemType, String itemId, String action, Long actorId, Map<String, Object> changes) {

    public static ItemChanged created(String itemType, Object id, Object after) {
        return new ItemChanged(itemType, String.valueOf(id), "CREATE", null, Changes.created(after));
    }

    public static ItemChanged updated(String itemType, Object id, Object before, Object after) {
        return new ItemChanged(itemType, String.valueOf(id), "UPDATE", null, Changes.between(before, after));
    }

    public static ItemChanged deleted(String itemType, Object id, Object before) {
        return new ItemChanged(itemType, String.valueOf(id), "DELETE", null, Changes.deleted(before));
    }

    public static ItemChanged action(String itemType, Object id, String action, Map<String, Object> details) {
        return new ItemChanged(itemType, String.valueOf(id), action, null, details);
    }

    public ItemChanged onBehalfOf(Long actor) {
        return new ItemChanged(itemType, itemId, action, actor, changes);
    }
}
