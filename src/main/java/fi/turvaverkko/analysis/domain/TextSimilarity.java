package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.ConceptLexicon.Kind;
import fi.turvaverkko.analysis.domain.MeasureText.Term;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike two measures' texts are, from 0 to 1, and why. The score averages the share of the
 * shorter text that the other covers and the share of all concepts that both have (each weighted by
 * how telling it is), and is cut down when both name whom, where or what and those do not meet —
 * "the safety phone for older people" and "meals for older people" share their people, not their
 * activity.
 */
public final class TextSimilarity {

    /** At or above this score two texts describe the same activity. */
    public static final double SAME_ACTIVITY = 0.55;

    private static final Map<Kind, Double> DISJOINT_PENALTY =
            new EnumMap<>(Map.of(Kind.TARGET, 0.5, Kind.SETTING, 0.6, Kind.TOPIC, 0.4, Kind.ACTION, 0.8));

    private TextSimilarity() {}

    /** The score and the words both texts share, for the finding's explanation. */
    private static final int MAX_SHARED_WORDS = 8;

    public record Result(double score, List<String> sharedWords, List<String> sharedConcepts) {

        public boolean sameActivity() {
            return score >= SAME_ACTIVITY;
        }
    }

    public static Result compare(MeasureText a, MeasureText b) {
        Map<String, Term> ta = a.terms();
        Map<String, Term> tb = b.terms();
        Set<String> shared = new HashSet<>();
        for (String k : ta.keySet()) {
            if (tb.containsKey(k) || (k.startsWith("~") && matchesStem(k, tb.keySet()))) {
                shared.add(k);
            }
        }
        // a concept without its twin in the other text may still meet a related one, for half its weight
        ConceptLexicon lexicon = ConceptLexicon.get();
        Set<String> halfA = new HashSet<>();
        Set<String> halfB = new HashSet<>();
        for (String k : ta.keySet()) {
            for (String o : tb.keySet()) {
                if (!shared.contains(k) && !tb.containsKey(k) && !ta.containsKey(o) && lexicon.related(k, o)) {
                    halfA.add(k);
                    halfB.add(o);
                }
            }
        }
        double wa = total(ta.values());
        double wb = total(tb.values());
        double ws = 0;
        for (String k : halfA) {
            ws += ta.get(k).weight() / 2;
        }
        for (String k : halfB) {
            ws += tb.get(k).weight() / 2;
        }
        ws /= 2;
        List<String> words = new ArrayList<>();
        List<String> concepts = new ArrayList<>();
        // the explanation names each shared concept once, by the word the first text used, most
        // telling first
        List<String> ordered = new ArrayList<>(shared);
        ordered.sort(
                java.util.Comparator.comparingDouble((String k) -> -ta.get(k).weight())
                        .thenComparing(java.util.Comparator.naturalOrder()));
        for (String k : ordered) {
            ws += ta.get(k).weight();
            String word = ta.get(k).words().get(0);
            if (!words.contains(word) && words.size() < MAX_SHARED_WORDS) {
                words.add(word);
            }
            if (!k.startsWith("~")) {
                concepts.add(k);
            }
        }
        if (wa == 0 || wb == 0) {
            return new Result(0, List.of(), List.of());
        }
        double overlap = ws / Math.min(wa, wb);
        double jaccard = ws / (wa + wb - ws);
        double score = (overlap + jaccard) / 2;
        for (var penalty : DISJOINT_PENALTY.entrySet()) {
            Kind kind = penalty.getKey();
            boolean inA = ta.values().stream().anyMatch(t -> t.kind() == kind);
            boolean inB = tb.values().stream().anyMatch(t -> t.kind() == kind);
            boolean meet = shared.stream().anyMatch(k -> ta.get(k).kind() == kind)
                    || halfA.stream().anyMatch(k -> ta.get(k).kind() == kind);
            if (inA && inB && !meet) {
                score *= penalty.getValue();
            }
        }
        return new Result(Math.min(1, score), words, concepts);
    }

    private static boolean matchesStem(String key, Set<String> others) {
        String stem = key.substring(1);
        for (String o : others) {
            if (o.startsWith("~")) {
                String s = o.substring(1);
                int common = 0;
                while (common < stem.length() && common < s.length() && stem.charAt(common) == s.charAt(common)) {
                    common++;
                }
                if (common >= 5 || (common >= 4 && common == Math.min(stem.length(), s.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double total(Iterable<Term> terms) {
        double sum = 0;
        for (Term t : terms) {
            sum += t.weight();
        }
        return sum;
    }
}
