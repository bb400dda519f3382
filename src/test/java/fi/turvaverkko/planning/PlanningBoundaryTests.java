package fi.turvaverkko.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The line between the programmes and the nested action list inside the one planning schema (ADR
 * 0025): the action list's SQL touches only its own tables and the network's published views, and the
 * programmes' SQL never touches the action list's tables; each reads the other through Java
 * ({@link Programmes}, {@link Measures}). Demo code may look the demo's programmes up by name. The
 * one condition the programmes write for the action list's queries ({@link ProgrammeScope}) is SQL of
 * the programmes' own tables, written in the programmes' code.
 */
class PlanningBoundaryTests {

    static final Path PLANNING = Path.of("src/main/java/fi/turvaverkko/planning");
    static final Pattern TABLE = Pattern.compile("\\b(planning|network|identity|resources)\\.([a-z_]+)\\b");
    static final Pattern SQL = Pattern.compile("(?i)\\b(select|insert|update|delete|from|join|copy|exists)\\b");
    static final Set<String> ACTION_LIST_TABLES =
            Set.of("planning.measure", "planning.progress_update", "planning.measure_id_seq");

    @Test
    void theActionListsSqlReadsOnlyItsOwnTablesAndTheNetworksViews() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : sources(PLANNING.resolve("actionlist"))) {
            for (String table : tables(f)) {
                boolean ok = ACTION_LIST_TABLES.contains(table) || table.startsWith("network.v_");
                if (!ok && !f.toString().contains("/demo/") && !f.endsWith("DemoMeasures.java")) {
                    found.add(PLANNING.relativize(f) + ": " + table);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theProgrammesSqlNeverTouchesTheActionListsTables() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : sources(PLANNING)) {
            if (f.startsWith(PLANNING.resolve("actionlist"))) {
                continue;
            }
            for (String table : tables(f)) {
                if (ACTION_LIST_TABLES.contains(table) && !f.toString().contains("/demo/")) {
                    found.add(PLANNING.relativize(f) + ": " + table);
                }
                if (table.startsWith("network.") && !table.startsWith("network.v_")) {
                    found.add(PLANNING.relativize(f) + ": " + table);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScannerSeesTablesInStringsAndTextBlocksButNotInMessageKeys() {
        assertThat(tables("String a = \"SELECT 1 FROM planning.measure m JOIN network.v_area a\";"))
                .containsExactly("network.v_area", "planning.measure");
        assertThat(tables("String k = messages.get(\"planning.title\");")).isEmpty();
        assertThat(tables("// planning.goal in a comment")).isEmpty();
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Set<String> tables(Path file) throws IOException {
        return tables(Files.readString(file));
    }

    /** The schema.table names inside the string literals and text blocks of some Java. */
    static Set<String> tables(String java) {
        Set<String> found = new TreeSet<>();
        Matcher literals = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL)
                .matcher(withoutComments(java));
        while (literals.find()) {
            String text = literals.group(1) != null ? literals.group(1) : literals.group(2);
            if (!SQL.matcher(text).find()) {
                continue;
            }
            Matcher t = TABLE.matcher(text);
            while (t.find()) {
                found.add(t.group(1) + "." + t.group(2));
            }
        }
        return found;
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
