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

    private static final Result NOTHING_SHARED = new Result(0, List.of(), List.of());

    /**
     * Compares two texts. The shared words are given only for texts found to describe the same
     * activity; it is called for many pairs, so it avoids work for pairs that share nothing.
     */
    public static Result compare(MeasureText a, MeasureText b) {
        Map<String, Term> ta = a.terms();
        Map<String, Term> tb = b.terms();
        double wa = a.totalWeight();
        double wb = b.totalWeight();
        if (wa == 0 || wb == 0) {
            return NOTHING_SHARED;
        }
        List<String> shared = new ArrayList<>();
        double ws = 0;
        int sharedKinds = 0;
        for (Term t : ta.values()) {
            String k = t.key();
            if (tb.containsKey(k) || (k.charAt(0) == '~' && matchesStem(k.substring(1), b.stems()))) {
                shared.add(k);
                ws += t.weight();
                sharedKinds |= 1 << t.kind().ordinal();
            }
        }
        // a concept without its twin in the other text may still meet a related one, for half its weight
        ConceptLexicon lexicon = ConceptLexicon.get();
        Set<String> halfB = null;
        double half = 0;
        for (Term t : ta.values()) {
            String k = t.key();
            if (tb.containsKey(k) || shared.contains(k)) {
                continue;
            }
            boolean met = false;
            for (String o : lexicon.relatedTo(k)) {
                if (tb.containsKey(o) && !ta.containsKey(o)) {
                    met = true;
                    if (halfB == null) {
                        halfB = new HashSet<>();
                    }
                    if (halfB.add(o)) {
                        half += tb.get(o).weight() / 2;
                    }
                }
            }
            if (met) {
                half += t.weight() / 2;
                sharedKinds |= 1 << t.kind().ordinal();
            }
        }
        ws += half / 2;
        if (ws == 0) {
            return NOTHING_SHARED;
        }
        double overlap = ws / Math.min(wa, wb);
        double jaccard = ws / (wa + wb - ws);
        double score = (overlap + jaccard) / 2;
        int both = a.kinds() & b.kinds();
        for (var penalty : DISJOINT_PENALTY.entrySet()) {
            int bit = 1 << penalty.getKey().ordinal();
            if ((both & bit) != 0 && (sharedKinds & bit) == 0) {
                score *= penalty.getValue();
            }
        }
        score = Math.min(1, score);
        if (score < SAME_ACTIVITY) {
            return new Result(score, List.of(), List.of());
        }
        // the explanation names each shared concept once, by the word the first text used, most
        // telling first
        shared.sort(
                java.util.Comparator.comparingDouble((String k) -> -ta.get(k).weight())
                        .thenComparing(java.util.Comparator.naturalOrder()));
        List<String> words = new ArrayList<>();
        List<String> concepts = new ArrayList<>();
        for (String k : shared) {
            String word = ta.get(k).words().get(0);
            if (!words.contains(word) && words.size() < MAX_SHARED_WORDS) {
                words.add(word);
            }
            if (!k.startsWith("~")) {
                concepts.add(k);
            }
        }
        return new Result(score, words, concepts);
    }

    private static boolean matchesStem(String stem, String[] others) {
        for (String s : others) {
            int common = 0;
            int max = Math.min(stem.length(), s.length());
            while (common < max && stem.charAt(common) == s.charAt(common)) {
                common++;
            }
            if (common >= 5 || (common >= 4 && common == max)) {
                return true;
            }
        }
        return false;
    }
}
