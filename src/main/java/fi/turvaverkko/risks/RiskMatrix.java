package fi.turvaverkko.risks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The risk matrix of a region: likelihood levels as rows (the highest first) and impact levels as
 * columns, each cell with its band and the scenarios in it, by score. With {@code residual} the
 * scenarios sit at their residual likelihood and impact.
 */
public record RiskMatrix(
        String regionId,
        String scaleId,
        int likelihoodLevels,
        int impactLevels,
        boolean residual,
        List<Row> rows,
        int total) {

    /** One likelihood level across the impact levels. */
    @Schema(name = "RiskMatrixRow")
    public record Row(int likelihood, List<Cell> cells) {}

    /** One cell: its band ({@code LOW}, {@code MODERATE}, {@code HIGH}, {@code VERY_HIGH}) and scenarios. */
    public record Cell(int likelihood, int impact, String band, int count, List<Entry> scenarios) {}

    /** A scenario in a cell. */
    public record Entry(String id, String title, BigDecimal score, boolean restricted) {}
}
