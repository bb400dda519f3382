package fi.turvaverkko.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A form as a browser submits it: the values of its enabled fields after the browser's value
 * sanitization (HTML's "value sanitization algorithm": a date field keeps only a valid ISO date, a
 * date-time field only a valid local date and time, anything else becomes empty), checked boxes
 * only, the selected options of each select. A MockMvc request built from the raw HTML would send
 * "1.1.2026" in a date field, which no browser does.
 */
public record BrowserForm(String action, String method, List<Map.Entry<String, String>> fields) {

    static final Pattern DATE = Pattern.compile("\\d{4,}-\\d{2}-\\d{2}");
    static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("\\d{4,}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?");
    static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?");

    public static BrowserForm of(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            if (e.hasAttr("disabled")) {
                continue;
            }
            String name = e.attr("name");
            switch (e.tagName()) {
                case "select" -> {
                    var options = e.select("option");
                    List<Element> selected =
                            options.stream().filter(o -> o.hasAttr("selected")).toList();
                    if (selected.isEmpty() && !e.hasAttr("multiple") && !options.isEmpty()) {
                        selected = List.of(options.first());
                    }
                    for (Element o : selected) {
                        fields.add(Map.entry(name, o.hasAttr("value") ? o.attr("value") : o.text()));
                    }
                }
                case "textarea" -> fields.add(Map.entry(name, e.wholeText().replaceFirst("^\n", "")));
                default -> {
                    String type = e.attr("type").toLowerCase();
                    if (List.of("submit", "button", "reset", "image", "file").contains(type)) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
                        continue;
                    }
                    String value = e.hasAttr("value") ? e.attr("value") : type.equals("checkbox") ? "on" : "";
                    fields.add(Map.entry(name, sanitize(type, value)));
                }
            }
        }
        String method = form.hasAttr("method") ? form.attr("method").toLowerCase() : "get";
        return new BrowserForm(form.attr("action"), method, fields);
    }

    /** What a browser keeps of a value given in HTML for a field of this type. */
    public static String sanitize(String type, String value) {
        return switch (type) {
            case "date" -> DATE.matcher(value).matches() ? value : "";
            case "datetime-local" -> LOCAL_DATE_TIME.matcher(value).matches() ? value.replace(' ', 'T') : "";
            case "time" -> TIME.matcher(value).matches() ? value : "";
            case "number" -> value.matches("-?(\\d+|\\d*\\.\\d+)([eE][-+]?\\d+)?") ? value : "";
            case "hidden" -> value;
            default -> value.replace("\r", "").replace("\n", "");
        };
    }

    /** The value the browser would send for a field, or null when it sends none. */
    public String value(String name) {
        return fields.stream()
                .filter(f -> f.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * Every field's values, in order, for comparing two openings of the same form (without the CSRF
     * token and the item's version, which a save moves on).
     */
    public Map<String, List<String>> values() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (var f : fields) {
            if (!f.getKey().equals("_csrf") && !f.getKey().equals("version")) {
                all.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f.getValue());
            }
        }
        return all;
    }

    /** The form's submission as a MockMvc request (the CSRF token from the page included). */
    public MockHttpServletRequestBuilder submit() {
        MockHttpServletRequestBuilder b =
                method.equals("post") ? MockMvcRequestBuilders.post(action) : MockMvcRequestBuilders.get(action);
        for (var f : fields) {
            b.param(f.getKey(), f.getValue());
        }
        return b;
    }
}
