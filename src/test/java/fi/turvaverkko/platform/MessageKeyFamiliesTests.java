package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keys a template builds from a code ({@code #{'measure.status.' + ${m.status}}}, {@code
 * #{${n.labelKey} + '.description'}}) are invisible to {@link MessagesTests}, which reads only literal
 * keys: that is how the front page came to show {@code ??nav.indicators.description_fi??}. Here every
 * such key must come from a declared {@link LabelFamily}, and every key of every family must exist in
 * Finnish, Swedish and English.
 */
@IntegrationTest
class MessageKeyFamiliesTests {

    @Autowired
    Labels labels;

    @Test
    void everyKeyOfEveryLabelFamilyExistsInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String lang : MessagesTests.LANGUAGES) {
            Set<String> known = MessagesTests.allKeys(lang);
            for (LabelFamily f : labels.families().values()) {
                assertThat(f.codes()).as("codes of %s", f).isNotEmpty();
                for (String code : f.codes()) {
                    if (!known.contains(f.key(code))) {
                        missing.add(lang + ": " + f.key(code));
                    }
                }
            }
        }
        assertThat(missing)
                .as("keys of declared label families missing from the bundles")
                .isEmpty();
    }

    @Test
    void everyKeyATemplateBuildsComesFromADeclaredFamily() throws IOException {
        Set<String> patterns =
                labels.families().values().stream().map(LabelFamily::pattern).collect(Collectors.toSet());
        Set<String> names = labels.families().keySet();
        List<String> unknown = new ArrayList<>();
        Pattern helper = Pattern.compile("@labels\\.(?:code|codes|options)\\('([^']+)'");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                for (String expression : dynamicKeys(html)) {
                    String pattern = pattern(expression);
                    if (!pattern.contains("{}")) {
                        // a key written in quotes, #{'area.type.REGION'}: a key like any other
                        if (!MessagesTests.allKeys("fi").contains(pattern)) {
                            unknown.add(f.getFileName() + ": #{" + expression + "} (no such key)");
                        }
                    } else if (!patterns.contains(pattern)) {
                        unknown.add(f.getFileName() + ": #{" + expression + "} (" + pattern + ")");
                    }
                }
                Matcher m = helper.matcher(html);
                while (m.find()) {
                    if (!names.contains(m.group(1))) {
                        unknown.add(f.getFileName() + ": @labels '" + m.group(1) + "'");
                    }
                }
            }
        }
        Pattern java = Pattern.compile("labels\\.(?:code|codes|options)\\(\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = java.matcher(Files.readString(f));
                while (m.find()) {
                    if (!names.contains(m.group(1))) {
                        unknown.add(f.getFileName() + ": labels \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(unknown)
                .as("keys built from codes that no declared label family vouches for")
                .isEmpty();
    }

    @Test
    void aKeyBuiltFromAnUndeclaredCodeIsFound() {
        // the front page's description of its navigation, and what it becomes when checked
        List<String> keys = dynamicKeys("<p th:text=\"#{${n.labelKey} + '.description'}\">x</p>"
                + "<b th:text=\"#{'goalLink.relation.' + (${up} ? 'up' : 'down') + '.' + ${l.kind}}\"></b>"
                + "<i th:text=\"#{measure.status}\"></i>");
        assertThat(keys).hasSize(2);
        assertThat(pattern(keys.get(0))).isEqualTo("{}.description");
        assertThat(pattern(keys.get(1))).isEqualTo("goalLink.relation.{}.{}");
    }

    /** The {@code #{...}} expressions of a template whose key is not written out. */
    static List<String> dynamicKeys(String html) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = html.indexOf("#{", i)) >= 0) {
            int end = closing(html, i + 1);
            String inside = html.substring(i + 2, end);
            if (!inside.isEmpty() && !Character.isLetter(inside.charAt(0))) {
                out.add(inside);
            }
            i = end;
        }
        return out;
    }

    /** The key pattern of an expression: its quoted parts as they are, every computed part as {}. */
    static String pattern(String expression) {
        StringBuilder p = new StringBuilder();
        int i = 0;
        boolean expectOperand = true;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '+') {
                expectOperand = true;
                i++;
            } else if (c == '\'') {
                int end = expression.indexOf('\'', i + 1);
                p.append(expression, i + 1, end);
                i = end + 1;
                expectOperand = false;
            } else if (c == '$' && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                i = closing(expression, i + 1) + 1;
                p.append("{}");
                expectOperand = false;
            } else if (c == '(' && expectOperand) {
                i = closing(expression, i) + 1;
                p.append("{}");
                expectOperand = false;
            } else {
                break; // the message's arguments: (…) after the key
            }
        }
        return p.toString();
    }

    /** The index of the bracket closing the one at {@code open} ({ or (). */
    private static int closing(String s, int open) {
        char o = s.charAt(open);
        char c = o == '{' ? '}' : ')';
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '{' || x == '(') {
                depth++;
            } else if (x == '}' || x == ')') {
                depth--;
                if (depth == 0) {
                    if (x != c) {
                        throw new IllegalStateException("unbalanced brackets in " + s.substring(open));
                    }
                    return i;
                }
            }
        }
        throw new IllegalStateException("unclosed bracket in " + s.substring(open));
    }
}
