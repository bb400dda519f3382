package fi.turvaverkko.risks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A region's scale: bands that leave a gap or overlap are refused; words-only dimensions pass. */
class ScaleRulesTests {

    static RiskLevelView level(int n, String lower, String upper) {
        return new RiskLevelView(
                n,
                "Taso " + n,
                null,
                null,
                lower == null ? null : new BigDecimal(lower),
                upper == null ? null : new BigDecimal(upper));
    }

    static RiskDimensionView deaths(RiskLevelView... levels) {
        return new RiskDimensionView("DEATHS", "Kuolleet", null, null, "henkeä", null, null, List.of(levels));
    }

    static RiskScaleView scale(RiskDimensionView... impacts) {
        return new RiskScaleView(
                null,
                null,
                "19",
                "Testiasteikko",
                null,
                null,
                null,
                ScaleTemplate.lapland2018().likelihood(),
                List.of(impacts),
                null);
    }

    static List<String> keys(List<Problem> problems) {
        List<String> keys = new ArrayList<>();
        problems.forEach(p -> keys.add(p.field() + " " + p.messageKey()));
        return keys;
    }

    @Test
    void theTemplateOf2018IsAValidScale() {
        assertThat(ScaleRules.check(ScaleTemplate.lapland2018())).isEmpty();
    }

    @Test
    void contiguousBandsWithOpenEndsPass() {
        RiskScaleView s = scale(deaths(
                level(1, null, "5"),
                level(2, "5", "20"),
                level(3, "20", "50"),
                level(4, "50", "200"),
                level(5, "200", null)));
        assertThat(ScaleRules.check(s)).isEmpty();
    }

    @Test
    void aGapBetweenTwoBandsIsRefusedNamingTheLevels() {
        RiskScaleView s = scale(deaths(
                level(1, null, "5"),
                level(2, "6", "20"),
                level(3, "20", "50"),
                level(4, "50", "200"),
                level(5, "200", null)));
        List<Problem> problems = ScaleRules.check(s);
        assertThat(keys(problems)).containsExactly("impacts[0].levels[1].lower error.riskScale.gap");
        assertThat(problems.get(0).args()).containsExactly("Kuolleet", 1, 2, "5", "6");
    }

    @Test
    void overlappingBandsAreRefused() {
        RiskScaleView s = scale(deaths(level(1, "0", "10"), level(2, "5", "20"), level(3, "20", null)));
        assertThat(keys(ScaleRules.check(s))).containsExactly("impacts[0].levels[1].lower error.riskScale.overlap");
    }

    @Test
    void onlyTheOuterEndsMayBeOpen() {
        RiskScaleView s = scale(deaths(level(1, null, "5"), level(2, null, "20"), level(3, "20", null)));
        assertThat(keys(ScaleRules.check(s))).containsExactly("impacts[0].levels[1].lower error.riskScale.openBand");
    }

    @Test
    void aBandMustNotBeEmpty() {
        RiskScaleView s = scale(deaths(level(1, null, "5"), level(2, "5", "5"), level(3, "5", null)));
        assertThat(keys(ScaleRules.check(s))).contains("impacts[0].levels[1].upper error.riskScale.emptyBand");
    }

    @Test
    void aDimensionInWordsOnlyNeedsNoBands() {
        RiskScaleView s = scale(deaths(level(1, null, null), level(2, null, null), level(3, null, null)));
        assertThat(ScaleRules.check(s)).isEmpty();
    }

    @Test
    void levelsAreNumberedFromOneAndImpactsShareTheirCount() {
        RiskDimensionView injured = new RiskDimensionView(
                "INJURED",
                "Loukkaantuneet",
                null,
                null,
                null,
                null,
                null,
                List.of(level(1, null, null), level(2, null, null)));
        RiskScaleView s = scale(deaths(level(1, null, null), level(3, null, null), level(2, null, null)), injured);
        assertThat(keys(ScaleRules.check(s)))
                .contains(
                        "impacts[0].levels[1].level error.riskScale.levelNumber",
                        "impacts[1].levels error.riskScale.impactLevels");
    }

    @Test
    void dimensionCodesAreUniqueAndAScaleNeedsAnImpact() {
        assertThat(keys(ScaleRules.check(scale()))).contains("impacts error.riskScale.noImpacts");
        RiskDimensionView d = deaths(level(1, null, null), level(2, null, null));
        assertThat(keys(ScaleRules.check(scale(d, d)))).contains("impacts[1].code error.riskScale.duplicateCode");
    }
}
