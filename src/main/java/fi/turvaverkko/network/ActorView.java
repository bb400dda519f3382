package fi.turvaverkko.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An actor (organisation) as the API returns it and takes it back in {@code PUT}. Areas may be given
 * by id or by code; when both are given they must agree.
 */
public record ActorView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String name,
        String nameSv,
        String sector,
        String level,
        Boolean authority,
        String homeAreaId,
        String homeAreaCode,
        String businessId,
        String website,
        String email,
        String phone,
        String description,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String status,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    /** The name in the current language: Swedish when asked and given, else Finnish. */
    @JsonIgnore
    public String localName() {
        return "sv".equals(LocaleContextHolder.getLocale().getLanguage()) && nameSv != null && !nameSv.isBlank()
                ? nameSv
                : name;
    }
}
