package fi.turvaverkko.risks.domain;

import fi.turvaverkko.risks.RiskScenarioView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a person writes of a risk scenario: everything but its id, its derived scores (mean impact,
 * score, residual score) and its version. The region is given by code or id, or follows from the
 * first area; the scale is the region's default unless one of the region's scales is named.
 */
public record ScenarioCommand(
        String regionId,
        String regionCode,
        String scaleId,
        String title,
        String titleSv,
        String titleEn,
        String description,
        String descriptionSv,
        String category,
        List<String> themes,
        List<String> areaIds,
        List<String> areaCodes,
        String ownerActorId,
        LocalDate reviewDate,
        Integer likelihood,
        Map<String, Integer> impacts,
        String reliability,
        Integer residualLikelihood,
        Integer residualImpact,
        List<String> measureIds,
        List<String> resourceTypes,
        Boolean restricted) {

    /** The writable fields of a scenario as the API shows it (the read-only ones are ignored). */
    public static ScenarioCommand of(RiskScenarioView v) {
        return new ScenarioCommand(
                v.regionId(),
                v.regionCode(),
                v.scaleId(),
                v.title(),
                v.titleSv(),
                v.titleEn(),
                v.description(),
                v.descriptionSv(),
                v.category(),
                v.themes(),
                v.areaIds(),
                v.areaCodes(),
                v.ownerActorId(),
                v.reviewDate(),
                v.likelihood(),
                v.impacts(),
                v.reliability(),
                v.residualLikelihood(),
                v.residualImpact(),
                v.measureIds(),
                v.resourceTypes(),
                v.restricted());
    }
}
