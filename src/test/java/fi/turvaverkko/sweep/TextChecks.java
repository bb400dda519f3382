package fi.turvaverkko.sweep;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The checks of a page's visible text: no unresolved message key, no message key shown as text, no
 * code shown instead of its label, and (on Swedish and English pages) no Finnish text of the
 * interface. What counts as a code or a key is read from the product itself: its enums, the string
 * literals of its code and migrations, its catalogues and its message bundles.
 */
final class TextChecks {

    /** A problem found in a page's text: the kind, the identifying key and the text around it. */
    record Problem(Finding.Kind kind, String key, String context) {}

    /**
     * Capitals that are words of the interface, not codes, even where the code also uses them as a
     * literal: abbreviations and file formats a person reads as such.
     */
    static final Set<String> WORDS = Set.of(
            "API", "CAP", "CSV", "PDF", "XLSX", "XML", "JSON", "HTML", "ICS", "URL", "WCAG", "GET", "POST", "PUT",
            "SPR", "THL", "ELY", "EU", "ETRS", "TM35FIN", "UTC", "OK", "GDPR", "SOTKA", "HUS", "VPK", "SMS");

    private static final Pattern CAPITALS =
            Pattern.compile("(?<![\\p{L}\\p{N}_.-])[A-Z][A-Z0-9_]{2,}(?![\\p{L}\\p{N}_-])");
    /** Capitals in a written text, also where a hyphen joins them to a word ("STEA-avustus"). */
    private static final Pattern WRITTEN_CAPITALS = Pattern.compile("[A-Z][A-Z0-9_]{2,}");

    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern KEY_LIKE =
            Pattern.compile("(?<![\\w@/.:-])[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+){2,}(?![\\w@/-])");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?([^?\\s]*)\\?\\?");
    private static final Set<String> NOT_KEYS_ENDING = Set.of(
            "fi", "se", "com", "org", "net", "eu", "io", "pdf", "csv", "xlsx", "ics", "png", "svg", "html", "xml",
            "json", "txt");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of(
            "title", "alt", "aria-label", "placeholder", "aria-description", "data-label", "data-confirm", "content");

    final Set<String> codes;
    /**
     * Per language: the capitalised words the product's own texts use on purpose (an abbreviation in
     * a label, an example in a hint): written by a person in that language, so not a leaked code.
     */
    final Map<String, Set<String>> written;

    final Set<String> keys;
    final Set<String> keyRoots;
    /** Per language (sv, en): the Finnish texts of the interface that read differently in that language. */
    final Map<String, Set<String>> finnishOnly;

    private TextChecks(
            Set<String> codes,
            Map<String, Set<String>> written,
            Set<String> keys,
            Map<String, Set<String>> finnishOnly) {
        this.codes = codes;
        this.written = written;
        this.keys = keys;
        this.finnishOnly = finnishOnly;
        Set<String> roots = new HashSet<>();
        keys.forEach(k -> roots.add(k.split("\\.")[0]));
        this.keyRoots = roots;
    }

    /**
     * Reads the product's codes and texts; {@code catalogueCodes} come from the sweep's database.
     */
    static TextChecks load(Set<String> catalogueCodes, Map<String, List<String>> catalogueLabels) {
        Set<String> codes = new HashSet<>(catalogueCodes);
        codes.addAll(enumConstants());
        codes.addAll(literals(
                Path.of("src/main/resources/db/migration"), ".sql", Pattern.compile("'([A-Z][A-Z0-9_]{2,})'")));
        // the demo data's texts hold abbreviations of names (MPK, ELVAR); its codes are in the migrations
        codes.addAll(literals(Path.of("src/main/java"), ".java", Pattern.compile("\"([A-Z][A-Z0-9_]{2,})\"")));
        codes.removeAll(WORDS);

        Map<String, Properties> bundles = new HashMap<>();
        for (String lang : List.of("fi", "sv", "en")) {
            bundles.put(lang, messages(lang));
        }
        Set<String> keys = new HashSet<>(bundles.get("fi").stringPropertyNames());
        Map<String, Set<String>> written = new HashMap<>();
        for (String lang : List.of("fi", "sv", "en")) {
            Set<String> words = new HashSet<>();
            List<String> texts = new ArrayList<>(catalogueLabels.getOrDefault(lang, List.of()));
            bundles.get(lang).values().forEach(v -> texts.add(v.toString()));
            for (String t : texts) {
                Matcher m = WRITTEN_CAPITALS.matcher(t);
                while (m.find()) {
                    words.add(m.group());
                }
            }
            written.put(lang, words);
        }
        Map<String, Set<String>> finnishOnly = new HashMap<>();
        for (String lang : List.of("sv", "en")) {
            Set<String> texts = new HashSet<>();
            Properties fi = bundles.get("fi");
            Properties other = bundles.get(lang);
            for (String key : keys) {
                String f = fi.getProperty(key);
                String o = other.getProperty(key);
                // mails are written in their recipient's language, not the page's (the outbox shows them)
                if (f != null
                        && o != null
                        && !f.equals(o)
                        && f.length() >= 4
                        && !f.contains("{")
                        && !f.contains("<")
                        && !key.contains(".mail.")) {
                    texts.add(normalise(f));
                }
            }
            // (not the catalogues' labels: too many of them are also the names people give to things)
            // texts that are the same in both languages somewhere else are not evidence
            for (String key : keys) {
                String o = other.getProperty(key);
                if (o != null) {
                    texts.remove(normalise(o));
                }
            }
            finnishOnly.put(lang, texts);
        }
        return new TextChecks(codes, written, keys, finnishOnly);
    }

    List<Problem> check(Document doc, String lang) {
        List<Problem> problems = new ArrayList<>();
        Element root = doc.body() == null ? doc : doc.body();
        // unresolved keys anywhere a person or a screen reader meets text
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (TEXT_ATTRIBUTES.contains(a.getKey()) || a.getKey().startsWith("aria-")) {
                    unresolved(a.getValue(), problems);
                }
            }
        }
        unresolved(doc.title(), problems);
        List<String> texts = new ArrayList<>();
        texts.add(doc.title());
        visibleText(root, texts);
        List<String> interfaceTexts = new ArrayList<>();
        interfaceText(root, interfaceTexts);
        for (String text : texts) {
            unresolved(text, problems);
            Matcher m = CAPITALS.matcher(text);
            while (m.find()) {
                String token = m.group();
                if (WORDS.contains(token)
                        || ROMAN.matcher(token).matches()
                        || written.getOrDefault(lang, Set.of()).contains(token)) {
                    continue;
                }
                if (codes.contains(token) || (SNAKE.matcher(token).matches() && token.matches(".*[A-Z]{2,}.*"))) {
                    problems.add(new Problem(Finding.Kind.RAW_CODE, token, around(text, m.start(), m.end())));
                }
            }
            Matcher k = KEY_LIKE.matcher(UNRESOLVED.matcher(text).replaceAll(" "));
            while (k.find()) {
                String token = k.group();
                String[] parts = token.split("\\.");
                if (keys.contains(token)
                        || (keyRoots.contains(parts[0]) && !NOT_KEYS_ENDING.contains(parts[parts.length - 1]))) {
                    problems.add(new Problem(Finding.Kind.KEY_AS_TEXT, token, around(text, k.start(), k.end())));
                }
            }
        }
        if (!"fi".equals(lang)) {
            for (String text : interfaceTexts) {
                String n = normalise(text);
                if (finnishOnly.getOrDefault(lang, Set.of()).contains(n)) {
                    problems.add(new Problem(Finding.Kind.WRONG_LANGUAGE, n, n));
                }
            }
        }
        return problems;
    }

    /**
     * The visible texts that are the interface's own rather than data: not in table cells, item
     * links, description lists or options, where names people gave to things (a user called
     * "Pääkäyttäjä", a mail's subject) are shown as they were written, and not in a document people
     * write (class {@code user-text}: a wellbeing report's body, drafted in its writer's language
     * and theirs from then on).
     */
    static void interfaceText(Node node, List<String> out) {
        if (node instanceof TextNode) {
            visibleText(node, out);
            return;
        }
        if (node instanceof Element e
                && (unseen(e)
                        || e.hasClass("user-text")
                        || Set.of("td", "dd", "a", "option").contains(e.normalName()))) {
            return;
        }
        for (Node child : node.childNodes()) {
            interfaceText(child, out);
        }
    }

    private static final Set<String> NOT_TEXT =
            Set.of("script", "style", "template", "code", "pre", "samp", "kbd", "textarea", "noscript", "svg");

    /** Elements whose text is not the page's visible text (a chart's text is read separately). */
    private static boolean unseen(Element e) {
        return NOT_TEXT.contains(e.normalName()) || e.hasAttr("hidden") || e.hasClass("user-name");
    }

    /**
     * The text nodes a person sees, each as one string: not scripts, styles, templates, code samples,
     * the values of form fields (what a person typed is theirs) or the name of the user in the page's
     * header; the text of options and of charts included.
     */
    static void visibleText(Node node, List<String> out) {
        if (node instanceof TextNode t) {
            String s = t.text().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            return;
        }
        if (node instanceof Element e) {
            if (unseen(e)) {
                if ("svg".equals(e.normalName())) {
                    e.select("text, title, desc").forEach(x -> {
                        String s = x.ownText().strip();
                        if (!s.isEmpty()) {
                            out.add(s);
                        }
                    });
                }
                return;
            }
            if ("input".equals(e.normalName())
                    && Set.of("submit", "button", "reset")
                            .contains(e.attr("type").toLowerCase())) {
                out.add(e.attr("value"));
            }
        }
        for (Node child : node.childNodes()) {
            visibleText(child, out);
        }
    }

    private static void unresolved(String text, List<Problem> problems) {
        if (text == null || !text.contains("??")) {
            return;
        }
        Matcher m = UNRESOLVED.matcher(text);
        if (m.find()) {
            String key = m.group(1).replaceFirst("_(fi|sv|en)(_[A-Z]{2})?$", "");
            problems.add(new Problem(Finding.Kind.UNRESOLVED_KEY, key, around(text, m.start(), m.end())));
        } else {
            int at = text.indexOf("??");
            problems.add(new Problem(Finding.Kind.UNRESOLVED_KEY, "??", around(text, at, at + 2)));
        }
    }

    private static String around(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        return (from > 0 ? "…" : "")
                + text.substring(from, to).replaceAll("\\s+", " ")
                + (to < text.length() ? "…" : "");
    }

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Properties messages(String lang) {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("_" + lang + ".properties"))
                    .toList()) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    Properties p = new Properties();
                    p.load(r);
                    all.putAll(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Set<String> literals(Path dir, String suffix, Pattern literal) {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(
                            p -> p.toString().endsWith(suffix) && !p.toString().contains("/demo/"))
                    .toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Set<String> enumConstants() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> names = new HashSet<>();
        for (BeanDefinition d : scanner.findCandidateComponents("fi.turvaverkko")) {
            try {
                Class<?> type = Class.forName(d.getBeanClassName());
                if (type.isEnum() && !type.getName().contains(".sweep.")) {
                    for (Object c : type.getEnumConstants()) {
                        names.add(((Enum<?>) c).name());
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
