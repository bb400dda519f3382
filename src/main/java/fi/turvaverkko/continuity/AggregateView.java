package fi.turvaverkko.continuity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Anonymous aggregates of a region's latest submitted assessments in one questionnaire family, by
 * sub-region and sector with their totals. A cell withheld to protect respondents has
 * {@code suppressed} true and no figures at all; every published figure rests on at least
 * {@code minimumRespondents} respondents, and no difference of published figures rests on fewer.
 * Scores are means on the maturity scale 0–4.
 *
 * @param subregionCode the sub-region, or null for the whole region
 * @param sector the sector, or null for all sectors
 */
public record AggregateView(
        String regionCode,
        String regionName,
        String questionnaire,
        int minimumRespondents,
        List<Heading> sections,
        List<Heading> subregions,
        List<Heading> sectors,
        List<CellView> cells) {

    /** A code and its name in the caller's language. */
    public record Heading(String code, String name) {}

    /** One cell of the table. */
    public record CellView(
            String subregionCode,
            String sector,
            boolean suppressed,
            Integer respondents,
            BigDecimal overall,
            Map<String, BigDecimal> sections) {}

    /** A cell's section scores in the order of the sections (null where withheld or empty). */
    public List<BigDecimal> sectionScores(CellView c) {
        return sections.stream()
                .map(h ->
                        c == null || c.sections() == null ? null : c.sections().get(h.code()))
                .toList();
    }

    /** The cell of a sub-region (null: the whole region) and a sector (null: all sectors). */
    public CellView cell(String subregion, String sector) {
        return cells.stream()
                .filter(c -> java.util.Objects.equals(c.subregionCode(), subregion)
                        && java.util.Objects.equals(c.sector(), sector))
                .findFirst()
                .orElse(null);
    }
}
