package fi.turvaverkko.sweep;

import fi.turvaverkko.support.BrowserForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every date, time and date-time field holds what the browser's own control keeps: an ISO value
 * ({@code 2026-12-07}, {@code 2026-12-07T14:05}, {@code 14:05}) or nothing. A field given
 * "1.1.2026" or "1/1/26" shows empty in a browser and the next save loses the date. The sweep looks
 * at every such field on every page of every crawl, and at the end names every date field a
 * template declares that no crawl met, so that a new form is looked at as soon as it exists.
 */
final class DateFields {

    /** A problem with one field: its id (without item numbers) and what a person needs to find it. */
    record Problem(String key, String detail) {}

    /** The ids of the date and date-time fields met by any crawl. */
    private final Set<String> met = ConcurrentHashMap.newKeySet();

    List<Problem> check(Document doc) {
        List<Problem> problems = new ArrayList<>();
        for (Element input : doc.select("input[type=date], input[type=datetime-local], input[type=time]")) {
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            String value = input.val();
            String id = input.id();
            if (!"time".equals(type)) {
                met.add(id);
            }
            boolean kept = BrowserForm.sanitize(type, value).equals(value)
                    && (value.isEmpty() || !"datetime-local".equals(type) || value.length() == 16);
            if (!kept) {
                problems.add(new Problem(
                        "#" + id.replaceAll("\\d+", "N"),
                        "the " + type + " field #" + id + " holds \"" + value
                                + "\", which the browser throws away: it keeps only an ISO value"
                                + " (2026-12-07, 2026-12-07T14:05, 14:05) or nothing"));
            }
        }
        return problems;
    }

    /** Template → the ids of the date fields it declares that no crawl met. */
    Map<String, Set<String>> unmet() {
        Map<String, Set<String>> unmet = new TreeMap<>();
        declared()
                .forEach((template, ids) -> ids.stream()
                        .filter(id -> !met.contains(id))
                        .forEach(id -> unmet.computeIfAbsent(template, t -> new TreeSet<>())
                                .add(id)));
        return unmet;
    }

    /** The date and date-time fields each template declares, through the form fragment or by hand. */
    static Map<String, Set<String>> declared() {
        Pattern fragment = Pattern.compile("input\\('(\\w+)',[^,]+,\\s*'(date|datetime-local)'");
        Pattern raw = Pattern.compile("<input[^>]*type=\"(date|datetime-local)\"[^>]*\\bid=\"(\\w+)\"");
        Map<String, Set<String>> declared = new TreeMap<>();
        Path root = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                String name = root.relativize(f).toString();
                Matcher m = fragment.matcher(html);
                while (m.find()) {
                    declared.computeIfAbsent(name, k -> new TreeSet<>()).add(m.group(1));
                }
                m = raw.matcher(html);
                while (m.find()) {
                    declared.computeIfAbsent(name, k -> new TreeSet<>()).add(m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        declared.remove("fragments/form.html");
        return declared;
    }
}
