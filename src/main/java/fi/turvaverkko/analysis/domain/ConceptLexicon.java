package fi.turvaverkko.analysis.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The domain vocabulary of measures in Finnish and Swedish ({@code analysis/concepts.txt}): word
 * beginnings that stand for a concept, so that inflected words and parts of compounds map to the
 * same concept in either language.
 */
public final class ConceptLexicon {

    /** What a concept says about a measure. */
    public enum Kind {
        TARGET,
        SETTING,
        TOPIC,
        ACTION,
        GENERIC,
        OTHER
    }

    /** A concept of the vocabulary. */
    public record Concept(String id, Kind kind, double weight) {}

    /** A word beginning (or a whole word, when {@code exact}) of one language. */
    record Entry(String text, boolean exact, Concept concept) {}

    /** A phrase of several words, e.g. "maahan muuttaneille". */
    record Phrase(List<String> parts, Concept concept) {}

    private final Map<String, List<Entry>> entries = new HashMap<>();
    /** Entries by language and their first two letters, longest first, so a lookup scans a few. */
    private final Map<String, List<Entry>> byStart = new HashMap<>();

    private final Map<String, java.util.Set<String>> related = new HashMap<>();
    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    private static volatile ConceptLexicon instance;

    public static ConceptLexicon get() {
        ConceptLexicon l = instance;
        if (l == null) {
            l = load();
            instance = l;
        }
        return l;
    }

    static ConceptLexicon load() {
        ConceptLexicon lexicon = new ConceptLexicon();
        try (var in = ConceptLexicon.class.getResourceAsStream("/analysis/concepts.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("RELATED ")) {
                    String[] ids = line.substring(8).trim().split("\\s+");
                    for (String a : ids) {
                        for (String b : ids) {
                            if (!a.equals(b)) {
                                lexicon.related
                                        .computeIfAbsent(a, k -> new java.util.HashSet<>())
                                        .add(b);
                            }
                        }
                    }
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                String[] head = parts[0].trim().split("\\s+");
                Concept concept = new Concept(head[0], Kind.valueOf(head[1]), Double.parseDouble(head[2]));
                lexicon.add("fi", parts.length > 1 ? parts[1] : "", concept);
                lexicon.add("sv", parts.length > 2 ? parts[2] : "", concept);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lexicon.entries
                .values()
                .forEach(l -> l.sort(
                        Comparator.comparingInt((Entry e) -> e.text().length()).reversed()));
        lexicon.phrases
                .values()
                .forEach(l -> l.sort(
                        Comparator.comparingInt((Phrase p) -> p.parts().size()).reversed()));
        lexicon.entries.forEach((lang, list) -> {
            for (Entry e : list) {
                lexicon.byStart
                        .computeIfAbsent(lang + ":" + start(e.text(), 0), k -> new ArrayList<>())
                        .add(e);
            }
        });
        return lexicon;
    }

    private void add(String lang, String words, Concept concept) {
        for (String w : words.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            w = w.toLowerCase(Locale.ROOT);
            if (w.contains("_")) {
                phrases.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Phrase(List.of(w.split("_")), concept));
            } else if (w.endsWith("=")) {
                entries.computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(new Entry(w.substring(0, w.length() - 1), true, concept));
            } else {
                entries.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Entry(w, false, concept));
            }
        }
    }

    /** The longest entry that the word starts with at {@code from}, or null. */
    Entry longestAt(String lang, String word, int from) {
        for (Entry e : byStart.getOrDefault(lang + ":" + start(word, from), List.of())) {
            if (e.exact()) {
                if (from == 0 && word.equals(e.text())) {
                    return e;
                }
                continue;
            }
            if (word.startsWith(e.text(), from)) {
                // a short beginning only stands for a short word, never for the middle of a compound
                if (e.text().length() <= 3
                        && (from > 0 || word.length() > e.text().length() + 5)) {
                    continue;
                }
                return e;
            }
        }
        return null;
    }

    private static String start(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 2));
    }

    /** The short (at most three letters) beginning or exact word that equals {@code text}. */
    Entry exactOrShort(String lang, String text) {
        for (Entry e : entries.getOrDefault(lang, List.of())) {
            if (e.text().length() <= 3 && e.text().equals(text)) {
                return e;
            }
        }
        return null;
    }

    /** Are the two concepts related (a fall is an accident, a pupil is a young person)? */
    public boolean related(String a, String b) {
        return related.getOrDefault(a, java.util.Set.of()).contains(b);
    }

    /** The concepts related to one. */
    java.util.Set<String> relatedTo(String a) {
        return related.getOrDefault(a, java.util.Set.of());
    }

    List<Phrase> phrases(String lang) {
        return phrases.getOrDefault(lang, List.of());
    }
}
