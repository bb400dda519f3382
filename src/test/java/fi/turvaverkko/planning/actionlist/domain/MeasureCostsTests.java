package fi.turvaverkko.planning.actionlist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure's costs per year: what is refused, what is kept, and how a progress report adds to them. */
class MeasureCostsTests {

    private final List<Problem> problems = new ArrayList<>();
    private final ProblemSink sink = ProblemSink.into(problems);

    private static Cost cost(Integer year, String planned, String realised) {
        return new Cost(
                year,
                planned == null ? null : new BigDecimal(planned),
                realised == null ? null : new BigDecimal(realised));
    }

    private List<String> keys() {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void keepsTheYearsInOrderWithCentsAndLeavesOutAYearWithoutAmounts() {
        MeasureCosts costs = MeasureCosts.checked(
                Arrays.asList(cost(2027, "10", null), null, cost(2026, "1200.5", "99.999"), cost(2028, null, null)),
                sink);
        assertThat(problems).isEmpty();
        assertThat(costs.list())
                .containsExactly(
                        new Cost(2026, new BigDecimal("1200.50"), new BigDecimal("100.00")),
                        new Cost(2027, new BigDecimal("10.00"), null));
    }

    @Test
    void refusesAYearOutsideTheCenturyAYearTwiceAndNoYear() {
        MeasureCosts costs = MeasureCosts.checked(
                List.of(
                        cost(1999, "1", null),
                        cost(2101, "1", null),
                        cost(null, "1", null),
                        cost(2026, "1", null),
                        cost(2026, "2", null)),
                sink);
        assertThat(keys())
                .containsExactly(
                        "error.measure.year",
                        "error.measure.year",
                        "error.measure.year",
                        "error.measure.costYearTwice");
        assertThat(problems.get(3).args()).containsExactly("2026");
        assertThat(costs.list()).containsExactly(new Cost(2026, new BigDecimal("1.00"), null));
        assertThat(problems).allSatisfy(p -> assertThat(p.field()).isEqualTo("costs"));
    }

    @Test
    void refusesNegativeAndTooLargeAmountsOfBothKindsAndReportsEach() {
        MeasureCosts costs = MeasureCosts.checked(
                List.of(cost(2026, "-1", "1000000000000"), cost(2027, "999999999999.99", "0")), sink);
        assertThat(keys()).containsExactly("error.measure.costNegative", "error.measure.costTooLarge");
        assertThat(costs.list())
                .containsExactly(new Cost(2027, new BigDecimal("999999999999.99"), new BigDecimal("0.00")));
    }

    @Test
    void noCostsAtAllIsNoCostAndNoProblem() {
        assertThat(MeasureCosts.checked(null, sink).list()).isEmpty();
        assertThat(MeasureCosts.checked(List.of(), sink).list()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aProgressReportAddsItsRealisedCostToItsYear() {
        MeasureCosts costs = MeasureCosts.of(List.of(cost(2026, "500.00", "100.00"), cost(2028, "10.00", null)));
        MeasureCosts more = costs.plusRealised(2026, new BigDecimal("50.25")).plusRealised(2028, new BigDecimal("1"));
        assertThat(more.list())
                .containsExactly(
                        new Cost(2026, new BigDecimal("500.00"), new BigDecimal("150.25")),
                        new Cost(2028, new BigDecimal("10.00"), new BigDecimal("1")));
        // the costs it came from do not change
        assertThat(costs.list().get(0).realised()).isEqualByComparingTo("100");
    }

    @Test
    void aProgressReportInAYearWithoutCostsAddsTheYearInItsPlace() {
        MeasureCosts costs = MeasureCosts.of(List.of(cost(2025, "1.00", null), cost(2027, "3.00", null)));
        assertThat(costs.plusRealised(2026, new BigDecimal("2")).list())
                .extracting(Cost::year, Cost::planned, Cost::realised)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2025, new BigDecimal("1.00"), null),
                        org.assertj.core.groups.Tuple.tuple(2026, null, new BigDecimal("2")),
                        org.assertj.core.groups.Tuple.tuple(2027, new BigDecimal("3.00"), null));
    }

    @Test
    void anAmountIsCheckedForTheFieldItCameFrom() {
        assertThat(MeasureCosts.amountOk(null, "realisedCost", sink)).isTrue();
        assertThat(MeasureCosts.amountOk(BigDecimal.ZERO, "realisedCost", sink)).isTrue();
        assertThat(MeasureCosts.amountOk(new BigDecimal("-0.01"), "realisedCost", sink))
                .isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("realisedCost");
            assertThat(p.messageKey()).isEqualTo("error.measure.costNegative");
        });
    }
}
