package fi.turvaverkko.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything a sweep run found, compared with the known findings of {@code sweep/known-findings.txt}:
 * an unknown finding fails the run, and so does a known one that is no longer found (the list can
 * only shrink).
 */
final class Findings {

    static final String KNOWN = "src/test/resources/sweep/known-findings.txt";

    private final Map<String, Finding> seen = new LinkedHashMap<>();

    /** Adds a finding; the same finding of the same route for the same role and language counts once. */
    synchronized void add(Finding f) {
        seen.putIfAbsent(f.identity() + " " + f.role() + " " + f.lang(), f);
    }

    synchronized List<Finding> all() {
        return List.copyOf(seen.values());
    }

    synchronized int size() {
        return seen.size();
    }

    /** One line of the known-findings file: {@code KIND | route | key | reason}; key {@code *} for any. */
    record Known(Finding.Kind kind, String route, String key, String reason, boolean fullOnly, int line) {

        boolean matches(Finding f) {
            return f.kind() == kind
                    && f.route().equals(route)
                    && ("*".equals(key) || f.key().equals(key));
        }

        @Override
        public String toString() {
            return (fullOnly ? "full:" : "") + kind + " | " + route + " | " + key + " | " + reason;
        }
    }

    static List<Known> readKnown(Path file) {
        List<Known> known = new ArrayList<>();
        if (!Files.exists(file)) {
            return known;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+\\|\\s+", 4);
                if (parts.length < 4 || parts[3].isBlank()) {
                    throw new IllegalStateException(file + ":" + (i + 1)
                            + ": expected KIND | route | key | reason (the reason is required), got: " + line);
                }
                boolean full = parts[0].startsWith("full:");
                Finding.Kind kind = Finding.Kind.valueOf(full ? parts[0].substring(5) : parts[0]);
                known.add(new Known(kind, parts[1], parts[2], parts[3], full, i + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /** The outcome of comparing a run with the known findings. */
    record Outcome(List<Finding> unknown, List<Known> stale, List<Finding> knownFound) {

        boolean failed() {
            return !unknown.isEmpty() || !stale.isEmpty();
        }
    }

    Outcome compare(List<Known> known, boolean fullRun) {
        List<Finding> unknown = new ArrayList<>();
        List<Finding> knownFound = new ArrayList<>();
        Set<Known> used = new LinkedHashSet<>();
        for (Finding f : all()) {
            Known k = known.stream().filter(x -> x.matches(f)).findFirst().orElse(null);
            if (k == null) {
                unknown.add(f);
            } else {
                used.add(k);
                knownFound.add(f);
            }
        }
        // a finding only the full matrix can see is not stale in the shorter run of ./mvnw verify
        List<Known> stale = known.stream()
                .filter(k -> !used.contains(k) && (fullRun || !k.fullOnly()))
                .toList();
        return new Outcome(unknown, stale, knownFound);
    }

    /**
     * The report: every finding once per identity, with the roles and languages it was seen for and
     * one page, grouped by the module that owns the route.
     */
    static String report(Collection<Finding> findings, Function<String, String> moduleOfRoute, Set<Finding> known) {
        Map<String, Map<String, List<Finding>>> byModule = new TreeMap<>();
        for (Finding f : findings) {
            byModule.computeIfAbsent(moduleOfRoute.apply(f.route()), m -> new TreeMap<>())
                    .computeIfAbsent(f.identity(), i -> new ArrayList<>())
                    .add(f);
        }
        StringBuilder s = new StringBuilder();
        byModule.forEach((module, identities) -> {
            s.append("\n== ")
                    .append(module)
                    .append(" (")
                    .append(identities.size())
                    .append(")\n");
            identities.forEach((identity, list) -> {
                Finding first = list.get(0);
                Set<String> who = new LinkedHashSet<>();
                list.forEach(f -> who.add(f.role() + "/" + f.lang()));
                s.append(known.contains(first) ? "  [known] " : "  ")
                        .append(identity)
                        .append("\n      seen as ")
                        .append(String.join(", ", who))
                        .append("\n      on ")
                        .append(first.url())
                        .append("\n      ")
                        .append(first.detail().replace("\n", "\n      "))
                        .append('\n');
            });
        });
        return s.toString();
    }
}
