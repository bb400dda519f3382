package fi.turvaverkko.platform;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * A set of codes whose labels are message keys made from one pattern, such as
 * {@code measure.status.{}} for the statuses of a measure. A module declares each family it shows as
 * a bean; a template or a label helper then builds the key from a code, and a test checks that every
 * key of every family exists in Finnish, Swedish and English. A key built in a template from
 * anything else is refused by that test, so a missing text cannot hide behind a dynamic key.
 */
public final class LabelFamily {

    private final String pattern;
    private final Supplier<? extends Collection<String>> codes;
    private final boolean ordinal;

    private LabelFamily(String pattern, Supplier<? extends Collection<String>> codes, boolean ordinal) {
        if (!pattern.contains("{}") || pattern.indexOf("{}") != pattern.lastIndexOf("{}")) {
            throw new IllegalArgumentException("a label family's pattern has one {}: " + pattern);
        }
        this.pattern = pattern;
        this.codes = codes;
        this.ordinal = ordinal;
    }

    /** Codes without an order of their own: their choices are sorted by label. */
    public static LabelFamily of(String pattern, Collection<String> codes) {
        List<String> copy = List.copyOf(codes);
        return new LabelFamily(pattern, () -> copy, false);
    }

    /** Codes read when asked, such as the names of the catalogues in the database. */
    public static LabelFamily of(String pattern, Supplier<? extends Collection<String>> codes) {
        return new LabelFamily(pattern, codes, false);
    }

    /** Codes of a scale or a life cycle: their choices keep this order. */
    public static LabelFamily ordered(String pattern, Collection<String> codes) {
        List<String> copy = List.copyOf(codes);
        return new LabelFamily(pattern, () -> copy, true);
    }

    /** The pattern, with {@code {}} where the code goes. */
    public String pattern() {
        return pattern;
    }

    /** The family's name in templates: the pattern without its {@code .{}} end. */
    public String name() {
        return pattern.endsWith(".{}") ? pattern.substring(0, pattern.length() - 3) : pattern;
    }

    public Collection<String> codes() {
        return codes.get();
    }

    public boolean ordinal() {
        return ordinal;
    }

    public String key(String code) {
        return pattern.replace("{}", code);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
