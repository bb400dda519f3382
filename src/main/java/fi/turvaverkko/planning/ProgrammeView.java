package fi.turvaverkko.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.turvaverkko.shared.LocalizedName;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A programme or plan as the API returns it and takes it back in {@code PUT}; {@code status},
 * {@code approvedAt}, {@code approvedBy} change only through approval and archiving. The area may be
 * given by id or code.
 */
public record ProgrammeView(
        String id,
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
        String status,
        OffsetDateTime approvedAt,
        String approvedBy,
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

    @JsonIgnore
    public boolean isRestricted() {
        return RESTRICTED.equals(confidentiality);
    }

    @JsonIgnore
    public boolean isApproved() {
        return "APPROVED".equals(status);
    }

    /** The name in the current language, falling back to Finnish. */
    @JsonIgnore
    public String localName() {
        return new LocalizedName(name, nameSv, null, nameEn).in(LocaleContextHolder.getLocale());
    }
}
