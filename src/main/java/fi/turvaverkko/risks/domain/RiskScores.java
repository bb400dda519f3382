package fi.turvaverkko.risks.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The arithmetic of the 2018 regional template: the score is the mean of the impact levels times
 * the likelihood; the residual score is the residual impact times the residual likelihood; a
 * scenario sits in the matrix at its likelihood and its mean impact rounded half up.
 */
public final class RiskScores {

    private RiskScores() {}

    public static BigDecimal mean(Collection<Integer> impacts) {
        if (impacts.isEmpty()) {
            return BigDecimal.ZERO;
        }
        int sum = impacts.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(impacts.size()), 3, RoundingMode.HALF_UP);
    }

    public static BigDecimal score(BigDecimal meanImpact, int likelihood) {
        return meanImpact.multiply(BigDecimal.valueOf(likelihood)).setScale(2, RoundingMode.HALF_UP);
    }

    public static int cell(BigDecimal meanImpact) {
        return meanImpact == null
                ? 0
                : meanImpact.setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /**
     * The band of a cell of an n×m matrix by its product: low, moderate, high or very high; for
     * 5×5 the products 1–4, 5–9, 10–14 and 15–25.
     */
    public static String band(int likelihood, int impact, int likelihoodLevels, int impactLevels) {
        double ratio = (double) (likelihood * impact) / Math.max(1, likelihoodLevels * impactLevels);
        return ratio <= 0.16 ? "LOW" : ratio <= 0.36 ? "MODERATE" : ratio <= 0.56 ? "HIGH" : "VERY_HIGH";
    }
}
