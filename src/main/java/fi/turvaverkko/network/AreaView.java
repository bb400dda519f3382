package fi.turvaverkko.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/**
 * An area as the API and the pages show it (without its border, which is served on its own).
 * The same record is taken back by {@code PUT}; read-only fields are ignored there.
 */
public record AreaView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String type,
        String code,
        String parentId,
        String parentCode,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String regionId,
        String name,
        String nameSv,
        String nameSe,
        String nameEn,
        Double lat,
        Double lon,
        Integer population,
        String leadActorId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    @JsonIgnore
    public String name(Locale locale) {
        return new LocalizedName(name, nameSv, nameSe, nameEn).in(locale);
    }

    @JsonIgnore
    public String localName() {
        return name(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @JsonIgnore
    public boolean isRegion() {
        return AreaType.REGION.name().equals(type);
    }
}
