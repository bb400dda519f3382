package fi.turvaverkko.shared;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns records into the field → value maps that the audit log stores. A change of a field is always
 * recorded the same way, as {@code {before: …, after: …}} ({@link #change}), so that the audit
 * page can show it as “field: before → after” whoever recorded it.
 */
public final class Changes {

    /** The key of the value a field had before a change. */
    public static final String BEFORE = "before";

    /** The key of the value a field has after a change. */
    public static final String AFTER = "after";

    private Changes() {}

    static Map<String, Object> created(Object after) {
        return snapshot(after);
    }

    static Map<String, Object> deleted(Object before) {
        return snapshot(before);
    }

    /** Only the fields that differ, each as {@code {before: …, after: …}}. */
    static Map<String, Object> between(Object before, Object after) {
        Map<String, Object> a = snapshot(before);
        Map<String, Object> b = snapshot(after);
        Map<String, Object> diff = new LinkedHashMap<>();
        for (var e : b.entrySet()) {
            Object old = a.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                diff.put(e.getKey(), change(old, e.getValue()));
            }
        }
        return diff;
    }

    /** One field's change, e.g. a status moving on: {@code {before: before, after: after}}. */
    public static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(BEFORE, simple(before));
        m.put(AFTER, simple(after));
        return m;
    }

    /** A record's components as simple values; other objects as their string form. */
    static Map<String, Object> snapshot(Object item) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (item == null) {
            return map;
        }
        if (item instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put(String.valueOf(k), simple(v)));
            return map;
        }
        if (!item.getClass().isRecord()) {
            map.put("value", item.toString());
            return map;
        }
        for (RecordComponent rc : item.getClass().getRecordComponents()) {
            if (rc.getName().equals("version")) {
                continue;
            }
            try {
                map.put(rc.getName(), simple(rc.getAccessor().invoke(item)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }

    private static Object simple(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new java.util.ArrayList<>();
            c.forEach(x -> list.add(simple(x)));
            return list;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, x) -> map.put(String.valueOf(k), simple(x)));
            return map;
        }
        if (v.getClass().isRecord()) {
            return snapshot(v);
        }
        return v.toString();
    }
}
