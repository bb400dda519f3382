package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.shared.LocalizedName;
import java.util.List;

/**
 * A finding as computed, before it is put in the caller's language: the reason is a message key
 * with its arguments, the items carry their names in every language.
 *
 * @param restricted it concerns a restricted scenario and exists only for authority users
 */
public record RawFinding(
        String key,
        FindingType type,
        Long areaId,
        String reasonKey,
        List<Object> reasonArgs,
        double weight,
        List<ItemRef> items,
        List<String> sharedWords,
        boolean restricted) {

    /** An item behind a finding. */
    public record ItemRef(String type, String id, LocalizedName label, String href) {}
}
