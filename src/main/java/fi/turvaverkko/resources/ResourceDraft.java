package fi.turvaverkko.resources;

import java.time.LocalDate;

/**
 * What another module (an approved resource offer of issue 6) hands over to create a resource; the
 * same fields as a {@link ResourceView} without the read-only ones.
 */
public record ResourceDraft(
        String typeCode,
        String name,
        String description,
        String ownerActorId,
        Integer quantity,
        String areaCode,
        Double lat,
        Double lon,
        String availability,
        Integer activationMinutes,
        String contact247,
        String agreementStatus,
        String confidentiality,
        LocalDate lastVerified) {

    public static ResourceDraft of(ResourceView v) {
        return new ResourceDraft(
                v.typeCode(),
                v.name(),
                v.description(),
                v.ownerActorId(),
                v.quantity(),
                v.areaCode(),
                v.lat(),
                v.lon(),
                v.availability(),
                v.activationMinutes(),
                v.contact247(),
                v.agreementStatus(),
                v.confidentiality(),
                v.lastVerified());
    }
}
