package fi.turvaverkko.resources;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A type of the catalogue as the API shows it and takes it back: {@code typeLevel} 1–4 stands for
 * the NIMS type levels I–IV, I being the most capable.
 */
public record ResourceTypeView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String code,
        String name,
        String nameSv,
        String nameEn,
        String kind,
        String function,
        String capability,
        String capabilitySv,
        String capabilityEn,
        Integer typeLevel,
        String unit,
        Boolean active,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Boolean builtIn,
        Long version) {

    public static final java.util.List<String> KINDS =
            java.util.List.of("PERSONNEL", "TEAM", "VEHICLE", "EQUIPMENT", "FACILITY", "SUPPLIES", "SERVICE");

    public static final java.util.List<String> UNITS =
            java.util.List.of("PIECE", "PERSON", "TEAM", "VEHICLE", "PLACE", "LITRE", "MEAL", "DELIVERY", "HOUR");

    @JsonIgnore
    public String localName() {
        return LocalizedName.of(name, nameSv, nameEn).in(LocaleContextHolder.getLocale());
    }

    /** The name in a language (fi, sv or en), Finnish when there is none. */
    @JsonIgnore
    public String name(String language) {
        return LocalizedName.of(name, nameSv, nameEn).in(java.util.Locale.forLanguageTag(language));
    }

    @JsonIgnore
    public String localCapability() {
        return LocalizedName.of(capability, capabilitySv, capabilityEn).in(LocaleContextHolder.getLocale());
    }

    /** I, II, III or IV. */
    @JsonIgnore
    public String levelRoman() {
        return typeLevel == null ? "" : roman(typeLevel);
    }

    public static String roman(int level) {
        return switch (level) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> String.valueOf(level);
        };
    }
}
