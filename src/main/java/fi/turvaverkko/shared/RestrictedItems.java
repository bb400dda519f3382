package fi.turvaverkko.shared;

import java.util.Map;
import java.util.Set;

/**
 * What the current user may not see of the recorded changes of a module's items: the audit view asks
 * the module that owns an item type before it shows an entry, so that the log never shows a value of
 * a restricted item to someone who may not read the item (ADR 0024). A module that owns restricted
 * data provides one as a bean.
 */
public interface RestrictedItems {

    /** Every field of the entry is hidden. */
    Set<String> ALL = Set.of("*");

    /** Does this module answer for entries of the item type? */
    boolean covers(String itemType);

    /**
     * The fields of one entry's recorded changes that the current user may not see: none, some, or
     * {@link #ALL}. When the item is gone and its rights cannot be known any more, hide it.
     *
     * @param itemType the entry's item type
     * @param itemId the entry's item id
     * @param changes the entry's recorded changes (field → value, or field → before and after)
     */
    Set<String> hiddenFields(String itemType, String itemId, Map<String, Object> changes);
}
