package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.platform.web.IcuMessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in Finnish, Swedish and English; every key a template or the code names exists;
 * no message breaks under ICU's MessageFormat, and counted nouns follow plural rules.
 */
class MessagesTests {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        for (String bundle : bundles()) {
            Set<String> all = new TreeSet<>();
            for (String lang : LANGUAGES) {
                all.addAll(load(bundle, lang).stringPropertyNames());
            }
            for (String lang : LANGUAGES) {
                Set<String> missing = new TreeSet<>(all);
                missing.removeAll(load(bundle, lang).stringPropertyNames());
                assertThat(missing)
                        .as("keys missing from %s_%s.properties", bundle, lang)
                        .isEmpty();
            }
        }
    }

    @Test
    void noKeyHasTwoTextsInTwoBundles() throws IOException {
        // the bundles are one namespace: when two define a key, the first listed wins on every page
        List<String> clashes = new ArrayList<>();
        for (String lang : LANGUAGES) {
            java.util.Map<String, String> owner = new java.util.HashMap<>();
            java.util.Map<String, String> text = new java.util.HashMap<>();
            for (String bundle : bundles()) {
                Properties p = load(bundle, lang);
                for (String key : p.stringPropertyNames()) {
                    String before = text.putIfAbsent(key, p.getProperty(key));
                    if (before == null) {
                        owner.put(key, bundle);
                    } else if (!before.equals(p.getProperty(key))) {
                        clashes.add(lang + ": " + key + " in " + owner.get(key) + " and " + bundle);
                    }
                }
            }
        }
        assertThat(clashes).as("keys with different texts in two bundles").isEmpty();
    }

    @Test
    void noTextIsEmptyAndNoneHasAStrayQuote() throws IOException {
        for (String bundle : bundles()) {
            for (String lang : LANGUAGES) {
                Properties p = load(bundle, lang);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    assertThat(value).as("%s in %s_%s", key, bundle, lang).isNotBlank();
                    if (value.contains("{0")) {
                        // a quote before a brace or a # starts a quoted literal in ICU's MessageFormat
                        assertThat(value).as("apostrophe in %s (%s)", key, lang).doesNotContain("'");
                    }
                }
            }
        }
    }

    @Test
    void everyTextIsAValidIcuMessage() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String lang : LANGUAGES) {
                Properties p = load(bundle, lang);
                for (String key : p.stringPropertyNames()) {
                    try {
                        new com.ibm.icu.text.MessageFormat(
                                p.getProperty(key), com.ibm.icu.util.ULocale.forLanguageTag(lang));
                    } catch (IllegalArgumentException e) {
                        broken.add(bundle + "_" + lang + ": " + key + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        assertThat(broken).as("texts ICU cannot parse").isEmpty();
    }

    /**
     * A number followed by a counted noun is a plural argument ({@code {0, plural, one {# measure}
     * other {# measures}}}), never a bare {@code {0} measures}: an English text with a bare argument
     * before a plural noun fails, and a key whose English text counts an argument with plural rules
     * counts it so in Finnish and Swedish too.
     */
    @Test
    void countedNounsUsePluralRulesInEveryLanguage() throws IOException {
        Set<String> verbs = Set.of(
                "is",
                "was",
                "has",
                "as",
                "asks",
                "proposes",
                "offers",
                "belongs",
                "appears",
                "reaches",
                "runs",
                "needs",
                "contains",
                "includes",
                "says",
                "does");
        Pattern bare = Pattern.compile("\\{(\\d)\\} +([a-z]+s)\\b");
        Pattern plural = Pattern.compile("\\{(\\d),\\s*plural");
        List<String> wrong = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties en = load(bundle, "en");
            for (String key : en.stringPropertyNames()) {
                Matcher m = bare.matcher(en.getProperty(key));
                while (m.find()) {
                    if (!verbs.contains(m.group(2))) {
                        wrong.add(bundle + "_en: " + key + ": {" + m.group(1) + "} " + m.group(2));
                    }
                }
                Set<String> counted = new TreeSet<>();
                Matcher p = plural.matcher(en.getProperty(key));
                while (p.find()) {
                    counted.add(p.group(1));
                }
                for (String lang : List.of("fi", "sv")) {
                    String text = load(bundle, lang).getProperty(key, "");
                    for (String arg : counted) {
                        if (!Pattern.compile("\\{" + arg + ",\\s*plural")
                                .matcher(text)
                                .find()) {
                            wrong.add(bundle + "_" + lang + ": " + key + ": {" + arg + "} is counted in English only");
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("counted nouns without plural rules").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> known = allKeys("fi");
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)(?:\\(|})");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(f));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    @Test
    void everyLiteralKeyTheCodeUsesExists() throws IOException {
        Set<String> known = allKeys("fi");
        Pattern key = Pattern.compile("\"((?:error|validation|pattern)\\.[a-zA-Z][\\w.]*)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    String k = m.group(1);
                    if (!known.contains(k) && !k.endsWith(".")) {
                        missing.add(f.getFileName() + ": " + k);
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in code but not defined").isEmpty();
    }

    @Test
    void everyBundleIsLoadedByTheApplication() throws IOException {
        Properties app = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        List<String> basenames =
                List.of(app.getProperty("spring.messages.basename").split(","));
        for (String bundle : bundles()) {
            assertThat(basenames).as("spring.messages.basename").contains("messages/" + bundle);
        }
    }

    /** The keys of every bundle, and the aliases that read as one of them. */
    static Set<String> allKeys(String lang) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : bundles()) {
            keys.addAll(load(bundle, lang).stringPropertyNames());
        }
        keys.addAll(IcuMessageSource.loadAliases().keySet());
        return keys;
    }

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_fi.properties"))
                    .map(n -> n.substring(0, n.length() - "_fi.properties".length()))
                    .sorted()
                    .toList();
        }
    }

    static Properties load(String bundle, String lang) throws IOException {
        Properties p = new Properties();
        Path file = MESSAGES.resolve(bundle + "_" + lang + ".properties");
        assertThat(file).as("bundle file").exists();
        try (InputStream in = Files.newInputStream(file);
                Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
