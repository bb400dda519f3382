package fi.turvaverkko.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.indicators.domain.YearValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The charts: round axes, a title and description for screen readers, escaped text, Finnish numbers. */
class IndicatorChartsTests {

    static final Locale FI = Locale.forLanguageTag("fi");

    @Test
    void theAxisIsRoundAndHoldsEveryValue() {
        double[] s = IndicatorCharts.scale(3.2, 8.7);
        assertThat(s[0]).isLessThanOrEqualTo(3.2);
        assertThat(s[1]).isGreaterThanOrEqualTo(8.7);
        assertThat(s[2]).isEqualTo(1.0);
        assertThat(s[0] % s[2]).isZero();
        // a rate never gets a negative axis
        assertThat(IndicatorCharts.scale(0.1, 9)[0]).isZero();
    }

    @Test
    void aLineChartCarriesItsTitleDescriptionAndEveryPoint() {
        List<YearValue> values = List.of(
                new YearValue("1", 2020, new BigDecimal("8.4")), new YearValue("1", 2021, new BigDecimal("9.15")));
        String svg = IndicatorCharts.line(
                "c1",
                "Rikokset <Rovaniemi>",
                "Kuvaus",
                List.of(new IndicatorCharts.Series("Rovaniemi", "own", values)),
                List.of(new IndicatorCharts.Target(2024, new BigDecimal("7"), "Tavoite: 2024 7,0")),
                1,
                FI);
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"c1-title c1-desc\"");
        assertThat(svg).contains("<title id=\"c1-title\">Rikokset &lt;Rovaniemi&gt;</title>");
        assertThat(svg).contains("Rovaniemi 2021: 9,2").contains("Rovaniemi 2020: 8,4");
        assertThat(svg).contains("class=\"target\"").contains(">2024<");
    }

    @Test
    void barsAreDrawnWithTheReferenceLine() {
        String svg = IndicatorCharts.bars(
                "c2",
                "Kunnat",
                "Kuvaus",
                List.of(
                        new IndicatorCharts.Bar("Kemi", new BigDecimal("12.5"), "worse"),
                        new IndicatorCharts.Bar("Salla", new BigDecimal("6"), "better")),
                new BigDecimal("9"),
                "Lappi",
                1,
                FI);
        assertThat(svg)
                .contains("class=\"bar worse\"")
                .contains("class=\"bar better\"")
                .contains("Lappi 9,0");
        assertThat(svg).contains("class=\"reference\"");
    }

    @Test
    void nothingToDrawGivesNoChart() {
        assertThat(IndicatorCharts.line("c3", "t", "d", List.of(), List.of(), 1, FI))
                .isEmpty();
        assertThat(IndicatorCharts.sparkline(List.of(new YearValue("1", 2020, BigDecimal.ONE)), "x"))
                .isEmpty();
    }
}
