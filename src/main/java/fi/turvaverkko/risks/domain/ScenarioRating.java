package fi.turvaverkko.risks.domain;

import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's assessment on its region's scale: a likelihood and a level for every impact
 * dimension of the scale (no other) give the mean impact and the score (mean impact × likelihood);
 * the residual likelihood and impact, given together or not at all, give the residual score, which
 * is never above the score. What does not fit the scale is a problem on its field.
 *
 * @param impacts the levels by dimension code, in the scale's order
 */
public record ScenarioRating(
        Map<String, Integer> impacts, BigDecimal meanImpact, BigDecimal score, BigDecimal residualScore) {

    /**
     * Rates a scenario on the scale; problems are added to the list. The scores are computed only when
     * the list is empty (nothing else about the scenario is wrong either), else they are null.
     */
    public static ScenarioRating rate(
            RiskScaleView scale,
            Integer likelihood,
            Map<String, Integer> given,
            Integer residualLikelihood,
            Integer residualImpact,
            List<Problem> problems) {
        level(problems, "likelihood", likelihood, scale.likelihoodLevels(), true);
        Map<String, Integer> levels = given == null ? Map.of() : given;
        for (String code : levels.keySet()) {
            if (scale.impact(code) == null) {
                problems.add(Problem.field("impacts." + code, "error.risk.unknownDimension", code));
            }
        }
        Map<String, Integer> impacts = new LinkedHashMap<>();
        for (RiskDimensionView d : scale.impacts()) {
            Integer level = levels.get(d.code());
            if (level == null) {
                problems.add(Problem.field("impacts." + d.code(), "error.risk.impactMissing", d.localName()));
            } else if (level < 1 || level > d.size()) {
                problems.add(Problem.field(
                        "impacts." + d.code(), "error.risk.outsideScale", d.localName(), level, d.size()));
            } else {
                impacts.put(d.code(), level);
            }
        }
        if ((residualLikelihood == null) != (residualImpact == null)) {
            problems.add(Problem.field(
                    residualLikelihood == null ? "residualLikelihood" : "residualImpact", "error.risk.residualPair"));
        } else if (residualLikelihood != null) {
            level(problems, "residualLikelihood", residualLikelihood, scale.likelihoodLevels(), false);
            level(problems, "residualImpact", residualImpact, scale.impactLevels(), false);
        }
        if (!problems.isEmpty()) {
            return new ScenarioRating(impacts, null, null, null);
        }
        BigDecimal mean = RiskScores.mean(impacts.values());
        BigDecimal score = RiskScores.score(mean, likelihood);
        BigDecimal residual = null;
        if (residualLikelihood != null) {
            residual = BigDecimal.valueOf((long) residualLikelihood * residualImpact)
                    .setScale(2);
            if (residual.compareTo(score) > 0) {
                problems.add(Problem.field("residualImpact", "error.risk.residualAboveScore"));
            }
        }
        return new ScenarioRating(impacts, mean, score, residual);
    }

    static void level(List<Problem> problems, String field, Integer value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(Problem.field(field, "validation.required"));
            }
        } else if (value < 1 || value > max) {
            problems.add(Problem.field(field, "error.risk.levelOutside", value, max));
        }
    }
}
