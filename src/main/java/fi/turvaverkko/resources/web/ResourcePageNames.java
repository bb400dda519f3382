package fi.turvaverkko.resources.web;

import java.util.Map;

/**
 * The names a page of resources shows (types, owners, municipalities), read once for the whole page
 * by {@link ResourceLabels#names}: a row reads them here, never one query per row.
 */
public record ResourcePageNames(Map<String, String> types, Map<String, String> owners, Map<String, String> areas) {

    public String type(String code) {
        return code == null ? "" : types.getOrDefault(code, code);
    }

    public String owner(String id) {
        return id == null ? "" : owners.getOrDefault(id, id);
    }

    public String area(String code) {
        return code == null ? "" : areas.getOrDefault(code, code);
    }
}
