package fi.turvaverkko.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * One value of a catalogue (a sector, a group kind, a theme…): a stable UPPER_SNAKE_CASE code and
 * its names; built-in values come with the product, others a region adds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogueEntry(
        String id,
        String catalogue,

        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "pattern.code")
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameSv,
        @Size(max = 200) String nameEn,
        Integer sortOrder,
        Boolean active,
        Boolean builtIn,
        Long version) {

    /** A built-in value as a module declares it. */
    public static CatalogueEntry builtIn(String code, String fi, String sv, String en) {
        return new CatalogueEntry(null, null, code, fi, sv, en, null, true, true, null);
    }

    public String name(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        String n = lang.equals("sv") ? nameSv : lang.equals("en") ? nameEn : name;
        return n == null || n.isBlank() ? name : n;
    }
}
