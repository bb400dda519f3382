package fi.turvaverkko.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A goal of a programme; {@code parentId} places it under another goal of the same programme. The
 * programme is fixed once the goal exists.
 */
public record GoalView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String programmeId,
        String parentId,
        String code,
        String title,
        String titleSv,
        String titleEn,
        String description,
        Integer sortOrder,
        Long version) {

    @JsonIgnore
    public String localTitle() {
        return new LocalizedName(title, titleSv, null, titleEn).in(LocaleContextHolder.getLocale());
    }

    /** The code and the title, as lists and links show a goal. */
    @JsonIgnore
    public String label() {
        return code == null || code.isBlank() ? localTitle() : code + " " + localTitle();
    }
}
