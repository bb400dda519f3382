package fi.turvaverkko.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A programme or plan as the API returns it; {@code PUT} takes it back and ignores the read-only
 * fields. {@code status}, {@code approvedAt} and {@code approvedBy} change only through approval and
 * archiving. The area may be given by id or by code.
 */
public record ProgrammeView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String kind,
        String name,
        String nameSv,
        String nameEn,
        String description,
        String ownerActorId,
        String ownerGroupId,
        String areaId,
        String areaCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String status,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) OffsetDateTime approvedAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String approvedBy,
        String decisionReference,
        LocalDate decisionDate,
        String confidentiality,
        String legalBasis,
        LocalDate secrecyEndsOn,
        Long version) {

    public static final String PUBLIC = "PUBLIC";
    public static final String RESTRICTED = "RESTRICTED";

    /** The legal basis a restricted plan gets unless another is given (Act 621/1999). */
    public static final String DEFAULT_LEGAL_BASIS = "JulkL 24 § 1 mom 8 k";

    /** The kind of the lists that other modules' measures go to. */
    public static final String ACTION_LIST = "ACTION_LIST";

    @JsonIgnore
    public boolean isRestricted() {
        return RESTRICTED.equals(confidentiality);
    }

    @JsonIgnore
    public boolean isApproved() {
        return "APPROVED".equals(status);
    }

    /** Nothing of an archived programme changes any more. */
    @JsonIgnore
    public boolean isArchived() {
        return "ARCHIVED".equals(status);
    }

    /** The name in the current language, falling back to Finnish. */
    @JsonIgnore
    public String localName() {
        return new LocalizedName(name, nameSv, null, nameEn).in(LocaleContextHolder.getLocale());
    }
}
