package fi.turvaverkko.risks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.risks.domain.RiskScores;
import fi.turvaverkko.shared.LocalizedName;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A risk scenario as the API returns it and takes it back in {@code PUT}. {@code impacts} maps each
 * impact dimension's code to its level; {@code meanImpact}, {@code score} (mean impact ×
 * likelihood) and {@code residualScore} (residual impact × residual likelihood) are derived and
 * ignored on input. {@code measureIds} are the planning module's measures that mitigate it;
 * {@code resourceTypes} are codes of the resources module's types it would need.
 */
public record RiskScenarioView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
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
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) BigDecimal meanImpact,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) BigDecimal score,
        String reliability,
        Integer residualLikelihood,
        Integer residualImpact,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) BigDecimal residualScore,
        List<String> measureIds,
        List<String> resourceTypes,
        Boolean restricted,
        Long version) {

    @JsonIgnore
    public String localTitle() {
        return LocalizedName.of(title, titleSv, titleEn).in(LocaleContextHolder.getLocale());
    }

    @JsonIgnore
    public String localDescription() {
        return "sv".equals(LocaleContextHolder.getLocale().getLanguage())
                        && descriptionSv != null
                        && !descriptionSv.isBlank()
                ? descriptionSv
                : description;
    }

    /** The impact column of the risk matrix: the mean impact rounded half up. */
    @JsonIgnore
    public int impactCell() {
        return RiskScores.cell(meanImpact);
    }

    @JsonIgnore
    public boolean confidential() {
        return Boolean.TRUE.equals(restricted);
    }

    @JsonIgnore
    public boolean reviewOverdue() {
        return reviewDate != null && reviewDate.isBefore(LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")));
    }
}
