package fi.turvaverkko.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way a code reaches a page: its label in the reader's language. Templates call it as
 * {@code ${@labels.code('measure.status', m.status)}} for a code of a {@link LabelFamily} and
 * {@code ${@labels.catalogue('themes', code)}} for a catalogue value, and take their choices from
 * {@link #options(String)} and {@link #catalogueOptions(String)}, sorted by label unless the family
 * is a scale. A code without a text shows as itself, never as a message key.
 */
@Component("labels")
public class Labels {

    private static final Logger log = LoggerFactory.getLogger(Labels.class);

    private final MessageSource source;
    private final Catalogues catalogues;
    private final ObjectProvider<LabelFamilies> declared;
    private volatile Map<String, LabelFamily> families;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    Labels(MessageSource source, Catalogues catalogues, ObjectProvider<LabelFamilies> declared) {
        this.source = source;
        this.catalogues = catalogues;
        this.declared = declared;
    }

    /** Every declared family by its name ({@code measure.status}), families of one pattern merged. */
    public Map<String, LabelFamily> families() {
        Map<String, LabelFamily> f = families;
        if (f == null) {
            Map<String, List<LabelFamily>> byPattern = new LinkedHashMap<>();
            declared.orderedStream()
                    .flatMap(x -> x.families().stream())
                    .forEach(x -> byPattern
                            .computeIfAbsent(x.pattern(), k -> new ArrayList<>())
                            .add(x));
            Map<String, LabelFamily> merged = new LinkedHashMap<>();
            byPattern.forEach((pattern, same) -> {
                LabelFamily one = same.get(0);
                if (same.size() > 1) {
                    // two modules may share a pattern (request.status.{}): one family of all their codes
                    List<String> all = new ArrayList<>();
                    same.forEach(x ->
                            x.codes().stream().filter(c -> !all.contains(c)).forEach(all::add));
                    boolean ordinal = same.stream().anyMatch(LabelFamily::ordinal);
                    one = ordinal
                            ? LabelFamily.ordered(pattern, all)
                            : LabelFamily.of(pattern, () -> {
                                Set<String> codes = new LinkedHashSet<>();
                                same.forEach(x -> codes.addAll(x.codes()));
                                return codes;
                            });
                }
                merged.put(one.name(), one);
            });
            families = f = Map.copyOf(merged);
        }
        return f;
    }

    /** The label of a code of a family, e.g. the status ONGOING of a measure in the family measure.status. */
    public String code(String family, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        LabelFamily f = family(family);
        String key = f == null ? family + "." + code : f.key(code);
        String text = source.getMessage(key, null, null, locale());
        if (text == null) {
            if (warned.add(key)) {
                log.warn("No text for {} in {}", key, locale());
            }
            return code;
        }
        return text;
    }

    /** The labels of several codes of a family, separated by commas. */
    public String codes(String family, Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        return String.join(", ", codes.stream().map(c -> code(family, c)).toList());
    }

    /** Every code of a family as a choice: by label, or in the family's order for a scale. */
    public List<Option> options(String family) {
        LabelFamily f = family(family);
        if (f == null) {
            throw new IllegalArgumentException("no label family " + family);
        }
        return options(family, f.codes());
    }

    /** The given codes of a family as choices. */
    public List<Option> options(String family, Collection<String> codes) {
        LabelFamily f = family(family);
        List<Option> list =
                codes.stream().map(c -> new Option(c, code(family, c))).toList();
        return f != null && f.ordinal() ? list : Option.sorted(list);
    }

    /** The name of a catalogue value in the reader's language, or the code when the value is unknown. */
    public String catalogue(String catalogue, String code) {
        return catalogues.label(catalogue, code);
    }

    /** The names of several catalogue values, separated by commas. */
    public String catalogues(String catalogue, Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        return String.join(
                ", ", codes.stream().map(c -> catalogues.label(catalogue, c)).toList());
    }

    /** The active values of a catalogue as choices, sorted by label. */
    public List<Option> catalogueOptions(String catalogue) {
        return catalogues.options(catalogue);
    }

    private LabelFamily family(String name) {
        LabelFamily f = families().get(name);
        if (f == null && warned.add("family:" + name)) {
            log.warn("Label family {} is not declared", name);
        }
        return f;
    }

    private static Locale locale() {
        Locale l = LocaleContextHolder.getLocale();
        return l == null ? Messages.FINNISH : l;
    }
}
