package fi.turvaverkko.registration.domain;

/**
 * An offer of a resource to the regional registry: its type (a code of the catalogue), name,
 * quantity and place, optionally its description, availability and the minutes it takes to
 * activate, and the organisation that offers it ({@code actorId}; may be left out when the user acts
 * for one only).
 */
public record ResourceOfferCommand(
        String actorId,
        String typeCode,
        String name,
        String description,
        Integer quantity,
        String areaCode,
        String availability,
        Integer activationMinutes) {

    /** The writable fields of an offer as the API and the form send it; the rest is ignored. */
    public static ResourceOfferCommand of(ResourceOfferView v) {
        return new ResourceOfferCommand(
                v.actorId(),
                v.typeCode(),
                v.name(),
                v.description(),
                v.quantity(),
                v.areaCode(),
                v.availability(),
                v.activationMinutes());
    }
}
