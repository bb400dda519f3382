package fi.turvaverkko.platform;

import fi.turvaverkko.shared.LocalizedName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text the system writes for people to read later, kept as a message key and its arguments so
 * that each reader gets it in their own language (a situation log's automatic entry, a status
 * change). An argument is a text as it is (a name someone typed), a number, a date or a time, a
 * {@link LocalizedName} (a name with its Swedish and English forms) or another {@code LocalizedText}
 * (a status's label). {@link Messages#text(LocalizedText)} writes it; {@link #toJson()} and
 * {@link #fromJson(String)} keep it in a {@code jsonb} column.
 */
public record LocalizedText(String key, List<Object> args) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public LocalizedText {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static LocalizedText of(String key, Object... args) {
        return new LocalizedText(key, Arrays.asList(args));
    }

    public String toJson() {
        return JSON.writeValueAsString(node(this));
    }

    public static LocalizedText fromJson(String json) {
        return read(JSON.readTree(json));
    }

    private static ObjectNode node(LocalizedText t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("key", t.key());
        ArrayNode args = n.putArray("args");
        for (Object a : t.args()) {
            ObjectNode arg = args.addObject();
            if (a == null) {
                arg.put("text", "");
            } else if (a instanceof LocalizedText nested) {
                arg.set("message", node(nested));
            } else if (a instanceof LocalizedName name) {
                ObjectNode names = arg.putObject("name");
                names.put("fi", name.fi());
                names.put("sv", name.sv());
                names.put("se", name.se());
                names.put("en", name.en());
            } else if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof BigInteger) {
                arg.put("integer", ((Number) a).longValue());
            } else if (a instanceof Number number) {
                arg.put("decimal", new BigDecimal(number.toString()).toPlainString());
            } else if (a instanceof LocalDate d) {
                arg.put("date", d.toString());
            } else if (a instanceof OffsetDateTime t2) {
                arg.put("time", t2.toString());
            } else {
                arg.put("text", a.toString());
            }
        }
        return n;
    }

    private static LocalizedText read(JsonNode n) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : n.path("args")) {
            if (arg.has("message")) {
                args.add(read(arg.get("message")));
            } else if (arg.has("name")) {
                JsonNode names = arg.get("name");
                args.add(new LocalizedName(text(names, "fi"), text(names, "sv"), text(names, "se"), text(names, "en")));
            } else if (arg.has("integer")) {
                args.add(arg.get("integer").asLong());
            } else if (arg.has("decimal")) {
                args.add(new BigDecimal(arg.get("decimal").asString()));
            } else if (arg.has("date")) {
                args.add(LocalDate.parse(arg.get("date").asString()));
            } else if (arg.has("time")) {
                args.add(OffsetDateTime.parse(arg.get("time").asString()));
            } else {
                args.add(arg.path("text").asString());
            }
        }
        return new LocalizedText(n.path("key").asString(), args);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
