package fi.turvaverkko.indicators;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An indicator definition as the API returns it and takes it back in {@code PUT}: a code such as
 * {@code CRIMES_LIFE_HEALTH}, names in Finnish, Swedish and English, a unit and a source from
 * catalogues, its polarity ({@code HIGHER_IS_BETTER} or {@code HIGHER_IS_WORSE}) and its kind
 * ({@code CURRENT_STATE} or {@code LEADING}).
 */
public record IndicatorView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String code,
        String name,
        String nameSv,
        String nameEn,
        String description,
        String unit,
        String source,
        String sourceRef,
        String polarity,
        String kind,
        Integer decimals,
        Boolean publicData,
        Long version) {

    /** The name in the current language, falling back to Finnish. */
    @JsonIgnore
    public String localName() {
        return LocalizedName.of(name, nameSv, nameEn).in(LocaleContextHolder.getLocale());
    }

    @JsonIgnore
    public boolean higherIsBetter() {
        return "HIGHER_IS_BETTER".equals(polarity);
    }
}
