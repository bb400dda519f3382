package fi.turvaverkko.risks.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import java.math.BigDecimal;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One level of a scale dimension: its number (1 is the lowest), its label and, for a measured
 * dimension, the band {@code [lower, upper)} in the dimension's unit; an open end is null.
 */
public record RiskLevelView(
        Integer level, String label, String labelSv, String labelEn, BigDecimal lower, BigDecimal upper) {

    @JsonIgnore
    public String localLabel() {
        return LocalizedName.of(label, labelSv, labelEn).in(LocaleContextHolder.getLocale());
    }
}
