package fi.turvaverkko.audit.web;

import fi.turvaverkko.audit.AuditEntry;
import fi.turvaverkko.audit.AuditLog;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts audit entries into words a person reads: the item and the action by name, each change as
 * "field: before → after" with translated field labels where there are any, dates and times as dates
 * and times, codes by their names, and a hidden value as hidden (ADR 0024). Dates are left to the
 * page's time format, the rest is written here.
 */
@Component
class AuditRows {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,40}");
    private static final int LONGEST = 400;

    private final MessageSource messages;

    AuditRows(MessageSource messages) {
        this.messages = messages;
    }

    /** One entry as the page shows it. */
    record Row(
            AuditEntry entry,
            String type,
            String target,
            String action,
            List<Line> lines,
            List<Part> items,
            boolean redacted) {}

    /**
     * One field: its label and its value, or (for a change) the value before and after.
     *
     * @param change whether {@code before} and {@code after} are both shown, with an arrow between
     */
    record Line(String label, List<Part> before, List<Part> after, boolean change) {}

    /**
     * A piece of a value: {@code TEXT} (already in words), {@code DATE} ({@link LocalDate}),
     * {@code DATE_TIME} ({@link OffsetDateTime}), {@code NONE} (no value) or {@code HIDDEN}.
     *
     * @param label a field label before the value, inside a value made of several fields
     */
    record Part(String kind, Object value, String label) {

        static Part text(String s) {
            return new Part("TEXT", s, null);
        }

        Part labelled(String l) {
            return new Part(kind, value, l);
        }
    }

    List<Row> rows(List<AuditEntry> entries) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = new ArrayList<>();
        for (AuditEntry e : entries) {
            rows.add(row(e, locale));
        }
        return rows;
    }

    private Row row(AuditEntry e, Locale locale) {
        boolean read = AuditLog.REQUEST.equals(e.itemType());
        String type = message(locale, e.itemType(), "audit.type." + e.itemType());
        String action = message(locale, e.action(), "audit.action." + e.action());
        List<Line> lines = new ArrayList<>();
        List<Part> items = new ArrayList<>();
        if (read || AuditLog.READ.equals(e.action())) {
            for (String key : e.items()) {
                int colon = key.indexOf(':');
                String t = colon < 0 ? key : key.substring(0, colon);
                String id = colon < 0 ? "" : key.substring(colon + 1);
                items.add(Part.text(message(locale, t, "audit.type." + t) + " " + id));
            }
        } else {
            boolean update = "UPDATE".equals(e.action());
            // entries written before changes were recorded as before and after had "from" and "to"
            boolean fromTo = e.changes().containsKey("from") && e.changes().containsKey("to");
            if (fromTo) {
                lines.add(new Line(
                        label(e.itemType(), "status", locale),
                        value(e.itemType(), "status", e.changes().get("from"), locale),
                        value(e.itemType(), "status", e.changes().get("to"), locale),
                        true));
            }
            for (var c : e.changes().entrySet()) {
                if (!(fromTo && (c.getKey().equals("from") || c.getKey().equals("to")))) {
                    lines.add(line(e.itemType(), c.getKey(), c.getValue(), update, locale));
                }
            }
        }
        return new Row(e, type, e.itemId(), action, lines, items, e.redacted());
    }

    private Line line(String itemType, String field, Object value, boolean update, Locale locale) {
        String label = label(itemType, field, locale);
        if (value instanceof Map<?, ?> m && m.size() == 2 && m.containsKey("before") && m.containsKey("after")) {
            return new Line(
                    label,
                    value(itemType, field, m.get("before"), locale),
                    value(itemType, field, m.get("after"), locale),
                    true);
        }
        if (update && value instanceof List<?> l && l.size() == 2) {
            // an update recorded before changes were {before, after}: [before, after]
            return new Line(
                    label, value(itemType, field, l.get(0), locale), value(itemType, field, l.get(1), locale), true);
        }
        return new Line(label, List.of(), value(itemType, field, value, locale), false);
    }

    /** A recorded value in words, in pieces: lists and records become several. */
    private List<Part> value(String itemType, String field, Object v, Locale locale) {
        List<Part> parts = new ArrayList<>();
        if (v == AuditEntry.HIDDEN) {
            parts.add(new Part("HIDDEN", null, null));
        } else if (v == null
                || (v instanceof String s && s.isBlank())
                || (v instanceof Collection<?> c && c.isEmpty())) {
            parts.add(new Part("NONE", null, null));
        } else if (v instanceof Collection<?> c) {
            for (Object x : c) {
                parts.addAll(value(itemType, field, x, locale));
            }
        } else if (v instanceof Map<?, ?> m) {
            for (var x : m.entrySet()) {
                String key = String.valueOf(x.getKey());
                for (Part p : value(itemType, key, x.getValue(), locale)) {
                    parts.add(p.labelled(label(itemType, key, locale)));
                }
            }
            if (parts.isEmpty()) {
                parts.add(new Part("NONE", null, null));
            }
        } else {
            parts.add(single(itemType, field, v, locale));
        }
        return parts;
    }

    private Part single(String itemType, String field, Object v, Locale locale) {
        if (v instanceof Boolean b) {
            return Part.text(message(locale, b.toString(), "audit.value." + b));
        }
        if (v instanceof BigDecimal || v instanceof Double || v instanceof Float) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(4);
            return Part.text(f.format(v));
        }
        if (v instanceof Number n) {
            return Part.text(String.valueOf(n));
        }
        String s = String.valueOf(v);
        try {
            if (DATE.matcher(s).matches()) {
                return new Part("DATE", LocalDate.parse(s), null);
            }
            if (DATE_TIME.matcher(s).matches()) {
                return new Part("DATE_TIME", OffsetDateTime.parse(s), null);
            }
        } catch (DateTimeParseException e) {
            // not a date after all: shown as written
        }
        if (CODE.matcher(s).matches()) {
            String prefix = prefix(itemType);
            String code = messages.getMessage(prefix + "." + field + "." + s, null, null, locale);
            if (code == null) {
                code = messages.getMessage(field + "." + s, null, null, locale);
            }
            return Part.text(code == null ? s : code);
        }
        return Part.text(s.length() > LONGEST ? s.substring(0, LONGEST) + "…" : s);
    }

    /** The field's label: the item type's own, else the common one, else the field's name in words. */
    String label(String itemType, String field, Locale locale) {
        String own = messages.getMessage("audit.field." + itemType + "." + field, null, null, locale);
        if (own != null) {
            return own;
        }
        String common = messages.getMessage("audit.field." + field, null, null, locale);
        return common != null ? common : words(field);
    }

    private String message(Locale locale, String fallback, String key) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** {@code RISK_SCENARIO} → {@code riskScenario}: how the modules' bundles name their items' codes. */
    private static String prefix(String itemType) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : itemType.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** {@code responsibleActorId} → {@code responsible actor id}. */
    private static String words(String field) {
        StringBuilder b = new StringBuilder();
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c) && b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
