package fi.turvaverkko.audit.web;

import fi.turvaverkko.audit.domain.AuditEntry;
import fi.turvaverkko.audit.domain.AuditLog;
import fi.turvaverkko.platform.Labels;
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
 * Puts audit entries into words a person reads: the user, the item, the action and the channel by
 * their labels ({@link AuditLabelFamilies}), each change as “field: before → after” with translated
 * field labels where there are any, dates and times as dates and times, codes by their labels
 * (the owning module's label family, or a catalogue's names), and a hidden value as hidden (ADR 0024).
 * Dates are left to the page's time format, the rest is written here.
 */
@Component
class AuditRows {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,40}");
    private static final int LONGEST = 400;

    /**
     * The item types whose codes a module's label families name otherwise than the type does
     * ({@code RESOURCE_COMMITMENT}'s statuses are {@code commitment.status}).
     */
    private static final Map<String, String> FAMILY_PREFIX = Map.of(
            "RESOURCE_COMMITMENT", "commitment",
            "RESOURCE_OFFER", "offer",
            "RESOURCE_REQUEST", "request",
            "WELLBEING_REPORT", "report",
            "LOG_ENTRY", "log",
            "SITUATION_REPORT", "sitrep",
            "RESOURCE_TYPE", "resource");

    /** Fields whose codes are of a label family that neither the item type nor the field names. */
    private static final Map<String, String> FIELD_FAMILY = Map.of(
            "USER.roles", "role",
            "USER.preferredLanguage", "lang",
            "ACTOR.status", "user.status",
            // the three kinds of request of the registration module share their states
            "JOIN_REQUEST.status", "request.status",
            "MEASURE_PROPOSAL.status", "request.status",
            "RESOURCE_OFFER.status", "request.status",
            // an offered resource's availability reads as the registry's
            "RESOURCE_OFFER.availability", "resource.availability");

    /** Fields whose values are codes of a catalogue, by the catalogue's name. */
    private static final Map<String, String> CATALOGUE_FIELDS = Map.ofEntries(
            Map.entry("themes", "themes"),
            Map.entry("theme", "themes"),
            Map.entry("targetGroups", "target-groups"),
            Map.entry("targetGroup", "target-groups"),
            Map.entry("fundingSource", "funding-sources"),
            Map.entry("sector", "sectors"),
            Map.entry("category", "risk-categories"),
            Map.entry("typeCode", "resource-types"),
            Map.entry("PROGRAMME.kind", "plan-kinds"),
            Map.entry("GROUP.kind", "group-kinds"),
            Map.entry("RESOURCE_TYPE.function", "resource-functions"));

    private final MessageSource messages;
    private final Labels labels;

    AuditRows(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /**
     * One entry as the page shows it.
     *
     * @param user who made the entry: a username, or the label of the application or a visitor
     */
    record Row(
            AuditEntry entry,
            String user,
            String type,
            String target,
            String action,
            List<Line> lines,
            List<Part> items,
            String channel,
            boolean redacted) {}

    /**
     * One field: its label and its value, or (for a change) the value before and after.
     *
     * @param change whether {@code before} and {@code after} are both shown, with an arrow between
     */
    record Line(String label, List<Part> before, List<Part> after, boolean change) {

        boolean empty() {
            return after.stream().allMatch(p -> p.kind().equals("NONE"));
        }
    }

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
        String type = labels.code("audit.type", e.itemType());
        String action = labels.code("audit.action", e.action());
        String user = e.userId() == null && AuditLabelFamilies.NO_USER.contains(e.username())
                ? labels.code("audit.user", e.username())
                : e.username();
        List<Line> lines = new ArrayList<>();
        List<Part> items = new ArrayList<>();
        if (read || AuditLog.READ.equals(e.action())) {
            for (String key : e.items()) {
                int colon = key.indexOf(':');
                String t = colon < 0 ? key : key.substring(0, colon);
                String id = colon < 0 ? "" : key.substring(colon + 1);
                items.add(Part.text(labels.code("audit.type", t) + " " + id));
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
                    Line l = line(e.itemType(), c.getKey(), c.getValue(), update, locale);
                    // an item added or removed is shown by the fields it had: an empty one says nothing
                    if (l.change() || !l.empty()) {
                        lines.add(l);
                    }
                }
            }
        }
        return new Row(
                e,
                user,
                type,
                e.itemId(),
                action,
                lines,
                items,
                labels.code("audit.channel", e.channel()),
                e.redacted());
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
            return Part.text(labels.code("audit.value", b.toString()));
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
        String family = FIELD_FAMILY.get(itemType + "." + field);
        if (family != null) {
            return Part.text(labels.code(family, s));
        }
        if (CODE.matcher(s).matches()) {
            return Part.text(code(itemType, field, s));
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

    /**
     * A code by its label: from the label family of the item's field ({@code measure.status}), else
     * the field's own family ({@code emphasis}), else the owning module's text of the item's field
     * ({@code actor.level.LOCAL}), else the catalogue the field holds; else as it is.
     */
    private String code(String itemType, String field, String code) {
        var families = labels.families();
        String family = FAMILY_PREFIX.getOrDefault(itemType, prefix(itemType)) + "." + field;
        if (families.containsKey(family)) {
            return labels.code(family, code);
        }
        if (families.containsKey(field)) {
            return labels.code(field, code);
        }
        // a code whose texts the owning module keeps without declaring a family (actor.level.LOCAL)
        String text = messages.getMessage(family + "." + code, null, null, LocaleContextHolder.getLocale());
        if (text != null) {
            return text;
        }
        String catalogue = CATALOGUE_FIELDS.getOrDefault(itemType + "." + field, CATALOGUE_FIELDS.get(field));
        if (catalogue != null) {
            return labels.catalogue(catalogue, code);
        }
        return code;
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
