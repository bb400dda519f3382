package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.ProgrammeView;
import java.time.LocalDate;

/**
 * What a caller writes of a programme when creating or changing it: the writable fields of {@link
 * ProgrammeView}, nothing the approval sets. {@code version} is the one the caller read (checked on
 * update). The area may be given by id or by code.
 */
public record ProgrammeCommand(
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
        String decisionReference,
        LocalDate decisionDate,
        String confidentiality,
        String legalBasis,
        LocalDate secrecyEndsOn,
        Long version) {

    /** The writable fields of a programme as the API returns it (read-only fields are left behind). */
    public static ProgrammeCommand of(ProgrammeView v) {
        return new ProgrammeCommand(
                v.kind(),
                v.name(),
                v.nameSv(),
                v.nameEn(),
                v.description(),
                v.ownerActorId(),
                v.ownerGroupId(),
                v.areaId(),
                v.areaCode(),
                v.periodStart(),
                v.periodEnd(),
                v.decisionReference(),
                v.decisionDate(),
                v.confidentiality(),
                v.legalBasis(),
                v.secrecyEndsOn(),
                v.version());
    }
}
