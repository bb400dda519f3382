package fi.turvaverkko.risks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scenario's assessment on the 2018 Lapland scale (5 likelihood levels, six impacts of 5 levels). */
class ScenarioRatingTests {

    static final RiskScaleView SCALE = ScaleTemplate.lapland2018();

    static Map<String, Integer> impacts(int deaths, int others) {
        Map<String, Integer> m = new LinkedHashMap<>();
        // given in another order than the scale's: the rating keeps the scale's
        m.put("ENVIRONMENT", others);
        m.put("DEATHS", deaths);
        for (RiskDimensionView d : SCALE.impacts()) {
            m.putIfAbsent(d.code(), others);
        }
        return m;
    }

    @Test
    void theScoreIsTheMeanImpactTimesTheLikelihood() {
        List<Problem> problems = new ArrayList<>();
        ScenarioRating r = ScenarioRating.rate(SCALE, 4, impacts(5, 2), 2, 2, problems);
        assertThat(problems).isEmpty();
        int n = SCALE.impacts().size();
        BigDecimal mean = RiskScores.mean(impacts(5, 2).values());
        assertThat(mean.doubleValue()).isCloseTo((5 + 2.0 * (n - 1)) / n, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.meanImpact()).isEqualByComparingTo(mean);
        assertThat(r.score()).isEqualByComparingTo(RiskScores.score(mean, 4));
        assertThat(r.residualScore()).isEqualByComparingTo("4");
        assertThat(r.impacts().keySet())
                .containsExactlyElementsOf(
                        SCALE.impacts().stream().map(RiskDimensionView::code).toList());
    }

    @Test
    void everyDimensionOfTheScaleIsRatedWithinItsLevelsAndNoOther() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> given = impacts(6, 1);
        given.remove("INJURED");
        given.put("FLOODS", 1);
        ScenarioRating r = ScenarioRating.rate(SCALE, 0, given, null, null, problems);
        assertThat(problems)
                .extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("likelihood", "error.risk.levelOutside"),
                        org.assertj.core.groups.Tuple.tuple("impacts.FLOODS", "error.risk.unknownDimension"),
                        org.assertj.core.groups.Tuple.tuple("impacts.DEATHS", "error.risk.outsideScale"),
                        org.assertj.core.groups.Tuple.tuple("impacts.INJURED", "error.risk.impactMissing"));
        assertThat(r.score()).isNull();
    }

    @Test
    void theResidualRatingComesInPairsAndNeverAboveTheScore() {
        List<Problem> pair = new ArrayList<>();
        ScenarioRating.rate(SCALE, 3, impacts(2, 2), 2, null, pair);
        assertThat(pair).extracting(Problem::field).containsExactly("residualImpact");
        assertThat(pair).extracting(Problem::messageKey).containsExactly("error.risk.residualPair");

        List<Problem> above = new ArrayList<>();
        ScenarioRating r = ScenarioRating.rate(SCALE, 1, impacts(2, 2), 3, 3, above);
        assertThat(above).extracting(Problem::messageKey).containsExactly("error.risk.residualAboveScore");
        assertThat(r.residualScore()).isEqualByComparingTo(BigDecimal.valueOf(9));
    }

    @Test
    void aScenarioWithOtherProblemsGetsNoScore() {
        List<Problem> problems = new ArrayList<>(List.of(Problem.field("title", "validation.required")));
        ScenarioRating r = ScenarioRating.rate(SCALE, 3, impacts(2, 2), null, null, problems);
        assertThat(r.score()).isNull();
        assertThat(problems).hasSize(1);
    }
}
