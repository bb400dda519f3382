package fi.turvaverkko.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.indicators.domain.YearValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The line chart's geometry and parts, and the bar chart's reference line. */
class LineChartTests {

    static final Locale FI = Locale.forLanguageTag("fi");

    static List<YearValue> values(int from, String... v) {
        return java.util.stream.IntStream.range(0, v.length)
                .mapToObj(i -> new YearValue("1", from + i, new BigDecimal(v[i])))
                .toList();
    }

    static int count(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void nothingToDrawIsNoChart() {
        assertThat(IndicatorCharts.line(
                        "c", "T", "D", List.of(new IndicatorCharts.Series("A", "own", List.of())), List.of(), 1, FI))
                .isEmpty();
    }

    @Test
    void everyYearOfEverySeriesIsAPointAndEachSeriesAndTheTargetsHaveALegend() {
        String svg = IndicatorCharts.line(
                "c",
                "Otsikko",
                "Kuvaus",
                List.of(
                        new IndicatorCharts.Series("Kunta", "own", values(2015, "1", "2", "3")),
                        new IndicatorCharts.Series("Maakunta", "region", values(2016, "2.5", "2.6"))),
                List.of(new IndicatorCharts.Target(2020, new BigDecimal("1.5"), "Tavoite: 2020 1,5")),
                1,
                FI);
        assertThat(count(svg, "<circle ")).isEqualTo(5);
        assertThat(count(svg, "<polyline ")).isEqualTo(2);
        assertThat(count(svg, "class=\"legend series ")).isEqualTo(2);
        assertThat(svg).contains(">Tavoite</text>");
        assertThat(svg).contains("<title>Kunta 2017: 3,0</title>");
        // the x axis runs from the first year of any series to the target's year
        assertThat(svg).contains(">2015</text>").contains(">2020</text>").doesNotContain(">2014</text>");
    }

    @Test
    void aSingleYearStandsInTheMiddleAndLaterYearsToTheRight() {
        String single = IndicatorCharts.line(
                "c", "T", "D", List.of(new IndicatorCharts.Series("A", "own", values(2024, "5"))), List.of(), 0, FI);
        // the plot runs from x=64 to x=656: the middle is 360
        assertThat(single).contains("cx=\"360");
        String two = IndicatorCharts.line(
                "c",
                "T",
                "D",
                List.of(new IndicatorCharts.Series("A", "own", values(2023, "5", "6"))),
                List.of(),
                0,
                FI);
        assertThat(two).contains("cx=\"64").contains("cx=\"656");
    }

    @Test
    void manyYearsAreLabelledEveryOtherYearAndTheLastAlways() {
        String svg = IndicatorCharts.line(
                "c",
                "T",
                "D",
                List.of(new IndicatorCharts.Series(
                        "A",
                        "own",
                        values(2010, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"))),
                List.of(),
                0,
                FI);
        assertThat(svg).contains(">2010</text>").doesNotContain(">2011</text>").contains(">2012</text>");
        assertThat(svg).contains(">2023</text>");
    }

    @Test
    void barsDrawTheReferenceLineWithItsLabel() {
        String svg = IndicatorCharts.bars(
                "b",
                "T",
                "D",
                List.of(
                        new IndicatorCharts.Bar("Salla", new BigDecimal("4"), "own"),
                        new IndicatorCharts.Bar("Kemi", new BigDecimal("10"), "")),
                new BigDecimal("5"),
                "Lappi",
                1,
                FI);
        assertThat(count(svg, "<rect ")).isEqualTo(2);
        assertThat(svg).contains("class=\"reference\"").contains(">Lappi 5,0</text>");
        assertThat(IndicatorCharts.bars("b", "T", "D", List.of(), null, null, 1, FI))
                .isEmpty();
    }
}
