package fi.turvaverkko.risks.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The scales a region assesses its risks on: one likelihood dimension and the impact dimensions,
 * each with levels 1..n whose bands must leave no gap. The API returns it and takes it back whole.
 */
public record RiskScaleView(
        String id,
        String regionId,
        String regionCode,
        String name,
        String nameSv,
        String nameEn,
        String description,
        RiskDimensionView likelihood,
        List<RiskDimensionView> impacts,
        Long version) {

    @JsonIgnore
    public String localName() {
        return LocalizedName.of(name, nameSv, nameEn).in(LocaleContextHolder.getLocale());
    }

    /** The number of levels of the impact dimensions (they all have the same). */
    @JsonIgnore
    public int impactLevels() {
        return impacts == null || impacts.isEmpty() ? 0 : impacts.get(0).size();
    }

    @JsonIgnore
    public int likelihoodLevels() {
        return likelihood == null ? 0 : likelihood.size();
    }

    @JsonIgnore
    public RiskDimensionView impact(String code) {
        return impacts == null
                ? null
                : impacts.stream()
                        .filter(d -> d.code().equals(code))
                        .findFirst()
                        .orElse(null);
    }
}
