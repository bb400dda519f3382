package fi.turvaverkko.risks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2018 template's arithmetic: score = mean impact × likelihood; cells and bands of the matrix. */
class RiskScoresTests {

    @Test
    void theScoreIsTheMeanImpactTimesTheLikelihood() {
        BigDecimal mean = RiskScores.mean(List.of(2, 2, 3, 4, 4, 1, 4));
        assertThat(mean).isEqualByComparingTo("2.857");
        assertThat(RiskScores.score(mean, 4)).isEqualByComparingTo("11.43");
    }

    @Test
    void aScenarioSitsAtItsMeanImpactRoundedHalfUp() {
        assertThat(RiskScores.cell(new BigDecimal("2.499"))).isEqualTo(2);
        assertThat(RiskScores.cell(new BigDecimal("2.5"))).isEqualTo(3);
        assertThat(RiskScores.cell(new BigDecimal("1.0"))).isEqualTo(1);
    }

    @Test
    void theBandsOfAFiveByFiveMatrix() {
        assertThat(RiskScores.band(1, 4, 5, 5)).isEqualTo("LOW");
        assertThat(RiskScores.band(3, 3, 5, 5)).isEqualTo("MODERATE");
        assertThat(RiskScores.band(2, 5, 5, 5)).isEqualTo("HIGH");
        assertThat(RiskScores.band(5, 3, 5, 5)).isEqualTo("VERY_HIGH");
        assertThat(RiskScores.band(5, 5, 5, 5)).isEqualTo("VERY_HIGH");
    }
}
