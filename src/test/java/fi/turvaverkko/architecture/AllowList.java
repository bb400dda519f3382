package fi.turvaverkko.architecture;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The findings of an architecture rule that were there when the rule was written, kept in
 * {@code src/test/resources/allow-lists/<name>.txt} so that the build passes while the modules are
 * being fixed, and so that the list can only shrink:
 *
 * <ul>
 *   <li>a finding that is not in the list fails the test (with where it is);
 *   <li>a line of the list that is no longer found fails the test too, so a fixed finding is taken
 *       off the list in the same change (run the test with {@code -Dallowlist.prune=true} to have it
 *       remove those lines itself; it never adds one).
 * </ul>
 *
 * <p>A line is one finding, written as the test names it (it starts with the module, so the list
 * reads module by module); lines starting with {@code #} and blank lines are comments. Every run
 * also writes what it found to {@code target/allow-lists/<name>.txt}.
 */
final class AllowList {

    static final Path DIRECTORY = Path.of("src/test/resources/allow-lists");

    /** The heading of a module's lines in a list. */
    static final String SECTION = "# --- ";

    private final String name;
    private final Path file;
    private final List<String> lines;

    private AllowList(String name, Path file, List<String> lines) {
        this.name = name;
        this.file = file;
        this.lines = lines;
    }

    static AllowList read(String name) {
        return read(DIRECTORY.resolve(name + ".txt"));
    }

    /** A list kept elsewhere (the tests of this class). */
    static AllowList read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        try {
            return new AllowList(
                    name, file, Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings the list still allows. */
    Set<String> entries() {
        Set<String> entries = new LinkedHashSet<>();
        for (String line : lines) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * Fails when a finding is not on the list, or a line of the list is no longer found.
     *
     * @param findings each finding (as a line of the list) → where it is, for the message
     * @param rule what the rule asks, for the message
     */
    void check(Map<String, List<String>> findings, String rule) {
        SortedMap<String, List<String>> found = new TreeMap<>(findings);
        writeFound(found);
        Set<String> allowed = entries();
        List<String> unknown = new ArrayList<>();
        found.forEach((entry, where) -> {
            if (!allowed.contains(entry)) {
                unknown.add(entry + (where.isEmpty() ? "" : "\n      at " + String.join("\n      at ", where)));
            }
        });
        List<String> stale =
                allowed.stream().filter(e -> !found.containsKey(e)).sorted().toList();
        if (!stale.isEmpty() && Boolean.getBoolean("allowlist.prune")) {
            prune(Set.copyOf(stale));
            stale = List.of();
        }
        if (unknown.isEmpty() && stale.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!unknown.isEmpty()) {
            message.append(unknown.size())
                    .append(" finding(s) of the rule \"")
                    .append(rule)
                    .append("\" (fix them; the allow-list ")
                    .append(file)
                    .append(" only holds those that were there before):\n  ")
                    .append(String.join("\n  ", unknown))
                    .append('\n');
        }
        if (!stale.isEmpty()) {
            message.append(stale.size())
                    .append(" line(s) of ")
                    .append(file)
                    .append(" are no longer found: well done, remove them (or run with -Dallowlist.prune=true):\n  ")
                    .append(String.join("\n  ", stale))
                    .append('\n');
        }
        fail(message.toString());
    }

    private void prune(Set<String> stale) {
        List<String> kept = withoutEmptySections(
                lines.stream().filter(l -> !stale.contains(l.strip())).toList());
        try {
            Files.write(file, kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines without the section headings ({@code # --- module}) that no longer head a finding,
     * and without the blank line before each of them.
     */
    static List<String> withoutEmptySections(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(SECTION) && !headsAFinding(lines, i)) {
                while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            if (line.isBlank() && !out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                continue;
            }
            out.add(line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean headsAFinding(List<String> lines, int heading) {
        for (int i = heading + 1; i < lines.size(); i++) {
            String next = lines.get(i).strip();
            if (next.startsWith(SECTION)) {
                return false;
            }
            if (!next.isEmpty() && !next.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    private void writeFound(SortedMap<String, List<String>> found) {
        try {
            Path out = Path.of("target/allow-lists", name + ".txt");
            Files.createDirectories(out.getParent());
            Files.write(out, found.keySet(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
