package fi.turvaverkko.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.platform.web.IcuMessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One message per text: no two message keys, in one bundle or in two, hold the same Finnish text.
 * Short words get no exception: "Tila", "Nimi" and "Kuvaus" are most of the repetition, and one key
 * serves every page that shows them. Two ways out, both on purpose:
 *
 * <ul>
 *   <li>an <b>alias</b>: a key that code or a template must keep (a status code turned into a key, a
 *       problem's code) points at the key that holds the text, in {@code messages/aliases.properties}
 *       ({@code alias.key=target.key}), and has no text of its own ({@link IcuMessageSource} reads it
 *       as its target);
 *   <li>a Finnish <b>homonym</b>: two keys whose Finnish is the same but whose Swedish and English
 *       texts both differ mean different things ("Tila": status, or premises) and stay apart. If only
 *       one of the two differs, the texts have drifted apart: make them one.
 * </ul>
 *
 * <p>Today's findings are in {@code src/test/resources/allow-lists/duplicate-messages.txt} ({@link
 * AllowList}), one key a line as {@code bundle: key = Finnish text}: the list only shrinks.
 */
class MessageTextsTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** A key of a bundle and its texts in Finnish, Swedish and English. */
    record Message(String bundle, String key, String fi, String sv, String en) {

        String entry() {
            return bundle + ": " + key + " = " + fi;
        }

        /** The same message: the same Finnish, and not a homonym. */
        boolean sameAs(Message o) {
            return fi.equals(o.fi) && (sv.equals(o.sv) || en.equals(o.en));
        }
    }

    @Test
    void noTwoKeysHoldTheSameText() throws IOException {
        Map<String, List<String>> findings = new TreeMap<>();
        for (List<Message> group : duplicates(messages())) {
            for (Message m : group) {
                List<String> others = group.stream()
                        .filter(o -> o != m)
                        .map(o -> o.bundle() + ": " + o.key())
                        .toList();
                findings.put(m.entry(), List.of("the same text as " + String.join(", ", others)));
            }
        }
        AllowList.read("duplicate-messages")
                .check(findings, "one key per text (an alias where a second key must stay)");
    }

    @Test
    void aliasesPointAtAKeyThatHoldsATextAndHaveNone() throws IOException {
        Map<String, String> aliases = IcuMessageSource.loadAliases();
        Map<String, Message> byKey = new HashMap<>();
        messages().forEach(m -> byKey.put(m.key(), m));
        List<String> wrong = new ArrayList<>();
        aliases.forEach((alias, target) -> {
            if (!byKey.containsKey(target)) {
                wrong.add(alias + " -> " + target + ": the target has no text");
            }
            if (aliases.containsKey(target)) {
                wrong.add(alias + " -> " + target + ": the target is an alias itself");
            }
            if (byKey.containsKey(alias)) {
                wrong.add(alias + ": an alias with a text of its own in "
                        + byKey.get(alias).bundle());
            }
        });
        assertThat(wrong).as("messages/aliases.properties").isEmpty();
    }

    /** An alias reads as its target, in every language, with its arguments. */
    @Test
    void anAliasReadsAsItsTarget() throws IOException {
        Properties app = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(app.getProperty("spring.messages.basename").split(","));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Map<String, String> aliases = IcuMessageSource.loadAliases();
        assertThat(aliases).isNotEmpty();
        for (var e : aliases.entrySet()) {
            for (String lang : List.of("fi", "sv", "en")) {
                Locale locale = Locale.forLanguageTag(lang);
                Object[] args = {"A", "B", "C"};
                assertThat(source.getMessage(e.getKey(), args, locale))
                        .as("%s in %s", e.getKey(), lang)
                        .isEqualTo(source.getMessage(e.getValue(), args, locale));
            }
        }
    }

    /** The rule itself: equal texts are found, homonyms are not. */
    @Test
    void duplicatesAreSameFinnishUnlessAHomonym() {
        List<Message> all = List.of(
                new Message("a", "a.status", "Tila", "Status", "Status"),
                new Message("b", "b.state", "Tila", "Status", "State"),
                new Message("c", "c.premises", "Tila", "Lokal", "Premises"),
                new Message("c", "c.name", "Nimi", "Namn", "Name"));
        assertThat(duplicates(all))
                .singleElement()
                .satisfies(g -> assertThat(g).extracting(Message::key).containsExactly("a.status", "b.state"));
    }

    /** Groups of keys that are the same message (joined through any pair that is). */
    static List<List<Message>> duplicates(List<Message> all) {
        Map<String, List<Message>> byFinnish = new LinkedHashMap<>();
        all.forEach(
                m -> byFinnish.computeIfAbsent(m.fi(), k -> new ArrayList<>()).add(m));
        List<List<Message>> groups = new ArrayList<>();
        for (List<Message> same : byFinnish.values()) {
            List<List<Message>> joined = new ArrayList<>();
            for (Message m : same) {
                List<List<Message>> touching = joined.stream()
                        .filter(g -> g.stream().anyMatch(m::sameAs))
                        .toList();
                List<Message> merged = new ArrayList<>();
                touching.forEach(merged::addAll);
                merged.add(m);
                joined.removeAll(touching);
                joined.add(merged);
            }
            joined.stream().filter(g -> g.size() > 1).forEach(groups::add);
        }
        return groups;
    }

    /** Every key of every bundle with its three texts. */
    static List<Message> messages() throws IOException {
        List<Message> list = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties fi = load(bundle, "fi");
            Properties sv = load(bundle, "sv");
            Properties en = load(bundle, "en");
            for (String key :
                    new TreeMap<>(fi).keySet().stream().map(String::valueOf).toList()) {
                list.add(new Message(
                        bundle,
                        key,
                        fi.getProperty(key).strip(),
                        sv.getProperty(key, "").strip(),
                        en.getProperty(key, "").strip()));
            }
        }
        return list;
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_fi.properties"))
                    .map(n -> n.substring(0, n.length() - "_fi.properties".length()))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(String bundle, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(MESSAGES.resolve(bundle + "_" + lang + ".properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
