package fi.turvaverkko.network;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;

/** A cooperation group (a body of slides 3–6): kind, owner, the group it reports to, term and area. */
public record GroupView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String name,
        String nameSv,
        String kind,
        String ownerActorId,
        String reportsToId,
        String mandate,
        String tasks,
        LocalDate termStart,
        LocalDate termEnd,
        String areaId,
        String areaCode,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {

    @JsonIgnore
    public String localName() {
        return "sv".equals(LocaleContextHolder.getLocale().getLanguage()) && nameSv != null && !nameSv.isBlank()
                ? nameSv
                : name;
    }
}
