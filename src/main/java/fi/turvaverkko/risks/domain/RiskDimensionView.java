package fi.turvaverkko.risks.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A dimension of a region's scale: the likelihood, or one impact dimension such as {@code DEATHS},
 * with its unit and its numbered levels.
 */
public record RiskDimensionView(
        String code,
        String name,
        String nameSv,
        String nameEn,
        String unit,
        String unitSv,
        String unitEn,
        List<RiskLevelView> levels) {

    @JsonIgnore
    public String localName() {
        return LocalizedName.of(name, nameSv, nameEn).in(LocaleContextHolder.getLocale());
    }

    @JsonIgnore
    public String localUnit() {
        return unit == null ? null : LocalizedName.of(unit, unitSv, unitEn).in(LocaleContextHolder.getLocale());
    }

    /** The level with this number, or null. */
    @JsonIgnore
    public RiskLevelView level(Integer n) {
        if (n == null || levels == null) {
            return null;
        }
        return levels.stream().filter(l -> n.equals(l.level())).findFirst().orElse(null);
    }

    @JsonIgnore
    public int size() {
        return levels == null ? 0 : levels.size();
    }
}
