package fi.turvaverkko.shared;

/**
 * Published for every restricted item a caller is handed (a secret plan and its goals, measures,
 * links and files, a resource's 24/7 contact or exact place, a restricted risk scenario, a
 * business's continuity answers): by the service that returns it, after the rights check, whatever
 * the path — a page, the API, a list, an export, a PDF. The audit log gathers them into one entry
 * per request that names every such item (ADR 0024).
 *
 * @param itemType the item's kind, e.g. {@code MEASURE}
 * @param itemId the item's id
 * @param what which part of it was read, e.g. {@code contact247}; the item itself when in doubt
 */
public record RestrictedItemRead(String itemType, String itemId, String what) {

    /** The item's key in an audit entry: {@code TYPE:id}. */
    public String key() {
        return itemType + ":" + itemId;
    }
}
