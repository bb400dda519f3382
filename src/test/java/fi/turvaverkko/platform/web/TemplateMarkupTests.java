package fi.turvaverkko.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two ways a template can look right and render wrong, checked in every template:
 *
 * <ul>
 *   <li>a block element (a form, a list, a div…) inside a {@code <p>}: a browser closes the paragraph
 *       before the block, so a {@code th:if} on the paragraph no longer hides the block — this is how
 *       published minutes came to offer "Poista" on every item;
 *   <li>a map looked up with a bare name ({@code ${names[a]}}): Spring's expression language reads
 *       the name as the literal key {@code "a"}, not the variable, and the lookup is always empty —
 *       this is how a meeting's attendance checkboxes lost their labels. Use {@code names.get(a)}.
 * </ul>
 */
class TemplateMarkupTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** The elements whose start tag closes an open paragraph (HTML's parsing rules). */
    static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "details",
            "div",
            "dl",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "ul");

    /** Elements whose end also ends a paragraph left open inside them. */
    static final Set<String> CELLS = Set.of("li", "td", "th", "dd", "dt", "button");

    static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
    static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    static final Pattern BARE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\[([A-Za-z_][A-Za-z0-9_]*)]");

    @Test
    void noBlockElementOpensInsideAParagraph() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String html = COMMENT.matcher(Files.readString(template)).replaceAll("");
            int openParagraph = -1;
            Matcher m = TAG.matcher(html);
            while (m.find()) {
                String name = m.group(2).toLowerCase();
                boolean closing = !m.group(1).isEmpty();
                if (closing && (name.equals("p") || BLOCKS.contains(name) || CELLS.contains(name))) {
                    openParagraph = -1;
                } else if (!closing && BLOCKS.contains(name)) {
                    if (openParagraph >= 0) {
                        found.add(TEMPLATES.relativize(template) + ":" + line(html, m.start()) + " <" + name
                                + "> inside the <p> of line " + line(html, openParagraph));
                    }
                    openParagraph = name.equals("p") && m.group(4).isEmpty() ? m.start() : -1;
                }
            }
        }
        assertThat(found).as("block elements inside paragraphs").isEmpty();
    }

    @Test
    void noMapIsLookedUpWithABareName() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher e = EXPRESSION.matcher(html);
            while (e.find()) {
                Matcher k = BARE_KEY.matcher(e.group(1));
                while (k.find()) {
                    found.add(TEMPLATES.relativize(template) + ":" + line(html, e.start()) + " " + k.group());
                }
            }
        }
        assertThat(found)
                .as("map lookups whose key is read as a literal name (write map.get(name) instead)")
                .isEmpty();
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
