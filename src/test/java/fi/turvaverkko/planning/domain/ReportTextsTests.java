package fi.turvaverkko.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of the wellbeing report's drafts: which measures a year's text counts, how amounts and
 * shares are written, and how an unfinished section (one that still holds the draft's instruction) is
 * found before the report goes to the council.
 */
class ReportTextsTests {

    static final List<String> HINTS = List.of(
            "Kirjoita tähän työryhmän arvio, mitä tavoitteiden saavuttamiseksi tehtiin.",
            "Write the group's view here");

    @Test
    void aSectionThatStillHoldsTheInstructionOrItsOpeningIsUnfinished() {
        String body = """
                Intro line.
                ## Yhteenveto
                Toimenpiteitä 12.
                ## Arvio
                Kirjoita tähän työryhmän arvio siitä, mitä muuta.
                ## Toinen
                Write the group's view here please
                ## Valmis
                Kaikki hyvin.""";
        assertThat(Unfinished.sections(body, HINTS, "Teksti")).containsExactly("Arvio", "Toinen");
    }

    @Test
    void anInstructionBeforeAnyHeadingBelongsToTheTextItselfAndIsNamedOnce() {
        String body = "Kirjoita tähän työryhmän arvio.\nKirjoita tähän työryhmän arvio, uudelleen.";
        assertThat(Unfinished.sections(body, HINTS, "Teksti")).containsExactly("Teksti");
        assertThat(Unfinished.sections(null, HINTS, "Teksti")).isEmpty();
        assertThat(Unfinished.sections("## Arvio\nValmis teksti.", HINTS, "Teksti"))
                .isEmpty();
    }

    @Test
    void anInstructionOpensWithItsWordsUpToTheFirstCommaOrItsFirstTwoWords() {
        assertThat(Unfinished.opening("Kirjoita tähän, mitä tehtiin.")).isEqualTo("Kirjoita tähän");
        assertThat(Unfinished.opening("Write the group's view")).isEqualTo("Write the");
        assertThat(Unfinished.opening("Yksi")).isEqualTo("Yksi");
    }

    @Test
    void aMeasureCountsInAYearItRunsInOrHasCostsIn() {
        MeasureView running = measure(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), null, List.of());
        assertThat(ReportDrafts.activeIn(running, 2025)).isTrue();
        assertThat(ReportDrafts.activeIn(running, 2026)).isTrue();
        assertThat(ReportDrafts.activeIn(running, 2027)).isFalse();
        MeasureView budgeted = measure(null, null, 2027, List.of());
        assertThat(ReportDrafts.activeIn(budgeted, 2027)).isTrue();
        assertThat(ReportDrafts.activeIn(budgeted, 2026)).isFalse();
        MeasureView costsOnly = measure(null, null, null, List.of(new Cost(2024, BigDecimal.ONE, null)));
        assertThat(ReportDrafts.activeIn(costsOnly, 2024)).isTrue();
        assertThat(ReportDrafts.activeIn(costsOnly, 2025)).isFalse();
        MeasureView invoicedLate = measure(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 1),
                null,
                List.of(new Cost(2026, null, BigDecimal.TEN)));
        assertThat(ReportDrafts.activeIn(invoicedLate, 2026)).isTrue();
        assertThat(ReportDrafts.costOf(invoicedLate, 2026).realised()).isEqualByComparingTo("10");
        assertThat(ReportDrafts.costOf(invoicedLate, 2027)).isEqualTo(new Cost(2027, null, null));
    }

    @Test
    void euroAmountsAreWholeAndGroupedAsFinnishWritesThemAndAShareOfNothingIsADash() {
        assertThat(ReportDrafts.euros(new BigDecimal("1234567.5"))).isEqualTo("1\u00a0234\u00a0568 €");
        assertThat(ReportDrafts.euros(null)).isEqualTo("0 €");
        assertThat(ReportDrafts.percent(new BigDecimal("1"), new BigDecimal("3")))
                .isEqualTo("33 %");
        assertThat(ReportDrafts.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("–");
    }

    private static MeasureView measure(LocalDate start, LocalDate end, Integer budgetYear, List<Cost> costs) {
        return new MeasureView(
                "1",
                "1",
                null,
                "M",
                null,
                null,
                null,
                "1",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "PREVENTION",
                List.of(),
                start,
                end,
                "ONGOING",
                false,
                null,
                null,
                null,
                budgetYear,
                null,
                null,
                null,
                null,
                costs,
                null,
                null,
                null,
                0L);
    }
}
