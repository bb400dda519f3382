package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView.Cost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A measure's planned and realised costs per year, in euros: one entry a year between 2000 and 2100,
 * never negative, at most {@link #MAX}, kept in the order of the years with cents. A progress report
 * adds its realised cost to its year ({@link #plusRealised}).
 */
public final class MeasureCosts {

    /** The largest amount a cost field holds. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private final List<Cost> costs;

    private MeasureCosts(List<Cost> costs) {
        this.costs = List.copyOf(costs);
    }

    /** Costs as the database holds them, already checked. */
    static MeasureCosts of(List<Cost> stored) {
        return new MeasureCosts(stored);
    }

    /**
     * Checks the given costs, reporting every problem under {@code costs}; a year without any amount is
     * left out. Answers the costs that passed, in the order of the years.
     */
    static MeasureCosts checked(List<Cost> given, ProblemSink problems) {
        List<Cost> out = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (Cost c : given == null ? List.<Cost>of() : given) {
            if (c == null) {
                continue;
            }
            if (c.year() == null || c.year() < 2000 || c.year() > 2100) {
                problems.add("costs", "error.measure.year");
            } else if (!years.add(c.year())) {
                problems.add("costs", "error.measure.costYearTwice", String.valueOf(c.year()));
            } else if (amountOk(c.planned(), "costs", problems) & amountOk(c.realised(), "costs", problems)
                    && (c.planned() != null || c.realised() != null)) {
                out.add(new Cost(c.year(), scale(c.planned()), scale(c.realised())));
            }
        }
        out.sort(Comparator.comparing(Cost::year));
        return new MeasureCosts(out);
    }

    /** Whether an amount may be a cost (none, or 0 … {@link #MAX}); a problem of the field when not. */
    static boolean amountOk(BigDecimal amount, String field, ProblemSink problems) {
        if (amount != null && amount.signum() < 0) {
            problems.add(field, "error.measure.costNegative");
            return false;
        }
        if (amount != null && amount.compareTo(MAX) > 0) {
            problems.add(field, "error.measure.costTooLarge");
            return false;
        }
        return true;
    }

    /** The same costs with {@code amount} more realised in {@code year} (a year of its own when new). */
    MeasureCosts plusRealised(int year, BigDecimal amount) {
        List<Cost> next = new ArrayList<>();
        boolean added = false;
        for (Cost c : costs) {
            if (c.year() == year) {
                next.add(new Cost(
                        year,
                        c.planned(),
                        c.realised() == null ? amount : c.realised().add(amount)));
                added = true;
            } else {
                next.add(c);
            }
        }
        if (!added) {
            next.add(new Cost(year, null, amount));
            next.sort(Comparator.comparing(Cost::year));
        }
        return new MeasureCosts(next);
    }

    public List<Cost> list() {
        return costs;
    }

    static BigDecimal scale(BigDecimal d) {
        return d == null ? null : d.setScale(2, RoundingMode.HALF_UP);
    }
}
