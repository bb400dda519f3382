package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.ConceptLexicon.Concept;
import fi.turvaverkko.analysis.domain.ConceptLexicon.Entry;
import fi.turvaverkko.analysis.domain.ConceptLexicon.Kind;
import fi.turvaverkko.analysis.domain.ConceptLexicon.Phrase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.fi.FinnishLightStemmer;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;

/**
 * What a measure's text is about, as concepts: Finnish and Swedish words are split into the parts of
 * their compounds, mapped to concepts of the domain vocabulary through their beginnings (which covers
 * inflection), and words outside the vocabulary are kept as light stems. Each concept remembers the
 * words it came from, to explain a finding.
 */
public final class MeasureText {

    private static final Set<String> STOP_FI = Set.copyOf(java.util.List.of(
            "ja",
            "tai",
            "sekä",
            "on",
            "ovat",
            "oli",
            "että",
            "joka",
            "jotka",
            "jonka",
            "joiden",
            "kanssa",
            "yhteydessä",
            "avulla",
            "varten",
            "luona",
            "keskuudessa",
            "alla",
            "olevien",
            "oleville",
            "olevat",
            "oleva",
            "yli",
            "alle",
            "myös",
            "eri",
            "mm",
            "esim",
            "kaikille",
            "heille",
            "niiden",
            "sen",
            "se",
            "ne",
            "ei",
            "kun",
            "jos",
            "osana",
            "kautta",
            "mukaan",
            "vuonna",
            "vuosittain",
            "uusi",
            "uusia",
            "kuten",
            "jne",
            "noin",
            "n",
            "mahdollisimman",
            "entistä",
            "hyvin",
            "paremmin",
            "ym"));
    private static final Set<String> STOP_SV = Set.copyOf(java.util.List.of(
            "och", "i", "av", "för", "till", "med", "på", "hos", "bland", "som", "vi", "kring", "de", "den", "det",
            "en", "ett", "att", "under", "inför", "genom", "om", "vid", "från", "över", "sina", "sin", "alla", "samt",
            "även", "nya", "ny", "är", "har", "kan", "ska", "eller", "mer", "mera", "bättre", "t", "ex"));

    /** A concept found in a text, with the words that carried it. */
    public record Term(String key, Kind kind, double weight, List<String> words) {}

    private final String language;
    private final Map<String, Term> terms;
    private final double totalWeight;
    private final int kinds;
    private final String[] stems;

    private MeasureText(String language, Map<String, Term> terms) {
        this.language = language;
        this.terms = terms;
        double total = 0;
        int mask = 0;
        List<String> stemKeys = new java.util.ArrayList<>();
        for (Term t : terms.values()) {
            total += t.weight();
            mask |= 1 << t.kind().ordinal();
            if (t.key().startsWith("~")) {
                stemKeys.add(t.key().substring(1));
            }
        }
        this.totalWeight = total;
        this.kinds = mask;
        this.stems = stemKeys.toArray(String[]::new);
    }

    private String signature;

    /** What the text says, as its concepts and the words that carried them: equal for texts that read alike. */
    public String signature() {
        if (signature == null) {
            signature = language + terms.values();
        }
        return signature;
    }

    /** The sum of the weights of the text's concepts. */
    double totalWeight() {
        return totalWeight;
    }

    /** The kinds of concept in the text, as a bit per {@link Kind#ordinal()}. */
    int kinds() {
        return kinds;
    }

    /** The light stems of the words outside the vocabulary, without their {@code ~}. */
    String[] stems() {
        return stems;
    }

    public String language() {
        return language;
    }

    public Map<String, Term> terms() {
        return terms;
    }

    /** Reads a text; {@code language} is fi or sv, or null to guess from the words. */
    public static MeasureText of(String text, String language) {
        String lang = language == null ? guessLanguage(text) : language;
        ConceptLexicon lexicon = ConceptLexicon.get();
        List<String> words = words(text);
        Map<String, Term> terms = new LinkedHashMap<>();
        Set<String> stop = lang.equals("sv") ? STOP_SV : STOP_FI;
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            // ages: "yli 75-vuotiaille", "under 12 år"
            if (w.matches("\\d{1,3}")
                    && i + 1 < words.size()
                    && words.get(i + 1).matches("(vuotia|vuotiai|åring|år).*")) {
                int age = Integer.parseInt(w);
                String group = age >= 60 ? "ELDERLY" : age <= 12 ? "CHILD" : age <= 29 ? "YOUTH" : null;
                if (group != null) {
                    add(terms, new Concept(group, Kind.TARGET, 0.8), w + " " + words.get(i + 1));
                }
                i += 2;
                continue;
            }
            Phrase phrase = phraseAt(lexicon, lang, words, i);
            if (phrase != null) {
                add(
                        terms,
                        phrase.concept(),
                        String.join(" ", words.subList(i, i + phrase.parts().size())));
                i += phrase.parts().size();
                continue;
            }
            // a word with a digit is a number or an identifier (a measure's code, "5g"): not what it is about
            if (!stop.contains(w) && !hasDigit(w)) {
                for (Term t : segments(lexicon, lang, w)) {
                    add(terms, new Concept(t.key(), t.kind(), t.weight()), w);
                }
            }
            i++;
        }
        return new MeasureText(lang, terms);
    }

    private static Phrase phraseAt(ConceptLexicon lexicon, String lang, List<String> words, int i) {
        for (Phrase p : lexicon.phrases(lang)) {
            if (i + p.parts().size() > words.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.parts().size() && ok; k++) {
                ok = words.get(i + k).startsWith(p.parts().get(k));
            }
            if (ok) {
                return p;
            }
        }
        return null;
    }

    /**
     * The concepts of one word: the longest vocabulary beginning at its start, then the next one
     * found a few letters on (the rest of the first part's stem, or a Swedish linking s), and so on;
     * an unknown word, or an unknown last part of four letters or more, becomes a light stem.
     */
    static List<Term> segments(ConceptLexicon lexicon, String lang, String word) {
        List<Term> out = new ArrayList<>();
        int pos = 0;
        while (pos < word.length()) {
            Entry e = lexicon.longestAt(lang, word, pos);
            if (e == null && pos > 0) {
                for (int skip = 1; skip <= 4 && e == null && pos + skip < word.length(); skip++) {
                    Entry next = lexicon.longestAt(lang, word, pos + skip);
                    if (next != null && next.text().length() >= 4) {
                        e = next;
                        pos += skip;
                    }
                }
            }
            if (e == null && pos == 0) {
                e = shortHead(lexicon, lang, word);
            }
            if (e == null) {
                // a whole unknown word is kept as its stem; a short rest after a known part is that
                // part's own ending (kotikäynn|eillä); a long rest is an unknown part of the compound
                // (koti|vakuutus|kampanja), kept as its stem before the next known part
                String rest = word.substring(pos);
                if (pos == 0 || rest.length() >= 7) {
                    int next = -1;
                    for (int at = pos + 4; at < word.length() - 3 && next < 0; at++) {
                        Entry later = lexicon.longestAt(lang, word, at);
                        if (later != null && later.text().length() >= 4) {
                            next = at;
                        }
                    }
                    String chunk = next < 0 ? rest : word.substring(pos, next);
                    String stem = stem(lang, chunk);
                    if (stem.length() >= 3) {
                        out.add(new Term("~" + stem, Kind.OTHER, 0.7, List.of()));
                    }
                    if (next >= 0) {
                        pos = next;
                        continue;
                    }
                }
                break;
            }
            out.add(new Term(e.concept().id(), e.concept().kind(), e.concept().weight(), List.of()));
            pos += e.text().length();
        }
        return out;
    }

    /** A short word beginning (hem-, by-) at the start of a compound whose next part is known. */
    private static Entry shortHead(ConceptLexicon lexicon, String lang, String word) {
        for (int len = 2; len <= 3 && len < word.length(); len++) {
            Entry head = lexicon.exactOrShort(lang, word.substring(0, len));
            if (head != null) {
                int next = len + (lang.equals("sv") && word.charAt(len) == 's' ? 1 : 0);
                Entry rest = lexicon.longestAt(lang, word, len);
                if (rest == null && next != len) {
                    rest = lexicon.longestAt(lang, word, next);
                }
                if (rest != null && rest.text().length() >= 4) {
                    return head;
                }
            }
        }
        return null;
    }

    static String stem(String lang, String word) {
        char[] chars = word.toCharArray();
        int len = lang.equals("sv")
                ? new SwedishLightStemmer().stem(chars, chars.length)
                : new FinnishLightStemmer().stem(chars, chars.length);
        return new String(chars, 0, len);
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Swedish or Finnish, by which language's common words and vocabulary the text's words match
     * more often; Finnish when undecided.
     */
    static String guessLanguage(String text) {
        ConceptLexicon lexicon = ConceptLexicon.get();
        int sv = 0;
        int fi = 0;
        for (String w : words(text)) {
            if (STOP_SV.contains(w) && !STOP_FI.contains(w)) {
                sv += 2;
            }
            if (STOP_FI.contains(w) && !STOP_SV.contains(w)) {
                fi += 2;
            }
            if (lexicon.longestAt("sv", w, 0) != null || shortHead(lexicon, "sv", w) != null) {
                sv++;
            }
            if (lexicon.longestAt("fi", w, 0) != null) {
                fi++;
            }
            if (w.indexOf('å') >= 0) {
                sv += 2;
            }
            if (w.endsWith("ssa") || w.endsWith("ssä") || w.endsWith("lla") || w.endsWith("llä") || w.endsWith("den")) {
                fi++;
            }
        }
        return sv > fi ? "sv" : "fi";
    }

    private static void add(Map<String, Term> terms, Concept c, String word) {
        Term t = terms.get(c.id());
        List<String> words = new ArrayList<>(t == null ? List.of() : t.words());
        if (!words.contains(word)) {
            words.add(word);
        }
        terms.put(c.id(), new Term(c.id(), c.kind(), c.weight(), words));
    }
}
