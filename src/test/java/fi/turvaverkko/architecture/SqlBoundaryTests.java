package fi.turvaverkko.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL reads and writes only its own schema (the schema is named after the module) and the
 * read views other modules publish for it, named {@code v_*} (ADR 0001, docs/architecture.md). The
 * test reads every string literal and text block in {@code src/main/java} that holds SQL, and every
 * SQL file in {@code src/main/resources} outside {@code db/migration} (foreign keys in migrations
 * stay allowed), and reports every {@code schema.table} of another module's schema at once, with
 * file and line. {@code public} belongs to the framework (Spring Modulith's {@code event_publication})
 * and is the platform's; PostgreSQL's own schemas are not modules.
 *
 * <p>Today's findings are in {@code src/test/resources/allow-lists/sql-boundary.txt} ({@link
 * AllowList}): the list only shrinks.
 */
class SqlBoundaryTests {

    /** Words that make a literal SQL; a literal that is only {@code schema.table} counts too. */
    private static final Pattern SQL = Pattern.compile(
            "(?i)\\b(select|insert|update|delete|from|join|into|with|copy|truncate|exists|table|view|returning|where)\\b");

    static final Set<String> FRAMEWORK_SCHEMAS = Set.of("public");

    @Test
    void modulesReadOnlyTheirOwnSchemaAndPublishedViews() throws IOException {
        List<String> modules = MainSources.modules();
        Map<String, List<String>> findings = new TreeMap<>();
        for (MainSources.Source s : MainSources.all()) {
            for (Reference r : references(s.path(), s.module(), s.unit(), modules)) {
                findings.computeIfAbsent(r.entry(), k -> new ArrayList<>())
                        .add("src/main/java/fi/turvaverkko/" + r.file() + ":" + r.line());
            }
        }
        for (Reference r : resourceReferences(modules)) {
            findings.computeIfAbsent(r.entry(), k -> new ArrayList<>())
                    .add("src/main/resources/" + r.file() + ":" + r.line());
        }
        AllowList.read("sql-boundary")
                .check(findings, "SQL reads only its own module's schema and other modules' v_* views");
    }

    /** The scanner itself finds what it must and leaves alone what it must (so the rule can fail). */
    @Test
    void theScannerFindsOtherSchemasInLiteralsAndTextBlocks() {
        CompilationUnit unit = MainSources.parse("""
                class X {
                    String a = "SELECT a.id FROM network.actor a JOIN planning.measure m ON true";
                    String b = \"""
                            SELECT x
                            FROM analysis.finding_status f
                            JOIN network.v_actor v ON v.id = f.actor_id
                            JOIN identity.app_user u ON u.id = f.user_id\""";
                    String key = "network.actor.name";
                    String label = "network.area";
                    String text = "planning.goal is a message key, not SQL";
                    String framework = "DELETE FROM public.event_publication";
                }
                """);
        List<Reference> found = references(
                "analysis/domain/X.java",
                "analysis",
                unit,
                List.of("analysis", "identity", "network", "planning", "platform"));
        assertThat(found)
                .extracting(Reference::entry)
                .containsExactly(
                        "analysis/domain/X.java: network.actor",
                        "analysis/domain/X.java: planning.measure",
                        "analysis/domain/X.java: identity.app_user",
                        "analysis/domain/X.java: network.area",
                        "analysis/domain/X.java: public.event_publication");
        assertThat(found.get(2).line()).isEqualTo(7);
        assertThat(references("platform/Y.java", "platform", unit, List.of("platform")))
                .isEmpty();
    }

    record Reference(String file, int line, String schema, String table) {

        /** The line of the allow-list: the file (which starts with its module) and what it reads. */
        String entry() {
            return file + ": " + schema + "." + table;
        }
    }

    static List<Reference> references(String path, String module, CompilationUnit unit, List<String> modules) {
        Pattern qualified = Pattern.compile("(?<![\\w.$\"])(" + String.join("|", modules) + "|"
                + String.join("|", FRAMEWORK_SCHEMAS) + ")\\.\"?([a-z_][a-z0-9_]*)\"?(?![\\w.(])");
        List<Reference> found = new ArrayList<>();
        unit.walk(node -> {
            String text;
            int firstLine;
            if (node instanceof StringLiteralExpr s) {
                text = s.getValue();
                firstLine = s.getBegin().map(p -> p.line).orElse(0);
            } else if (node instanceof TextBlockLiteralExpr t) {
                text = t.getValue();
                // the text starts on the line after the opening quotes
                firstLine = t.getBegin().map(p -> p.line + 1).orElse(0);
            } else {
                return;
            }
            found.addAll(scan(path, module, text, firstLine, qualified));
        });
        return found;
    }

    private static List<Reference> scan(String path, String module, String text, int firstLine, Pattern qualified) {
        boolean sql =
                SQL.matcher(text).find() || qualified.matcher(text.strip()).matches();
        if (!sql) {
            return List.of();
        }
        List<Reference> found = new ArrayList<>();
        Matcher m = qualified.matcher(text);
        while (m.find()) {
            String schema = m.group(1);
            String table = m.group(2);
            if (allowed(module, schema, table)) {
                continue;
            }
            int line = firstLine
                    + (int) text.substring(0, m.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            found.add(new Reference(path, line, schema, table));
        }
        return found;
    }

    static boolean allowed(String module, String schema, String table) {
        if (schema.equals(module)) {
            return true;
        }
        if (FRAMEWORK_SCHEMAS.contains(schema)) {
            return module.equals("platform");
        }
        return table.startsWith("v_");
    }

    /** SQL files among the resources, outside the migrations; the first folder names the module. */
    private static List<Reference> resourceReferences(List<String> modules) throws IOException {
        Path root = Path.of("src/main/resources");
        Pattern qualified = Pattern.compile("(?<![\\w.$\"])(" + String.join("|", modules) + "|"
                + String.join("|", FRAMEWORK_SCHEMAS) + ")\\.\"?([a-z_][a-z0-9_]*)\"?(?![\\w.(])");
        List<Reference> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String path = root.relativize(f).toString().replace('\\', '/');
                if (path.startsWith("db/migration/")) {
                    continue;
                }
                String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
                String module = modules.contains(first) ? first : "";
                found.addAll(scan(path, module, Files.readString(f), 1, qualified));
            }
        }
        return found;
    }
}
