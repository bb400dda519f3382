package fi.turvaverkko.resources.domain;

import fi.turvaverkko.resources.ResourceTypeView;

/**
 * What a person may write of a type of the catalogue: everything but its id, whether it is built in,
 * and (on a change) its code, which stays the one it was created with.
 */
public record ResourceTypeCommand(
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
        Boolean active) {

    /** The writable fields of a type as the API shows it (the read-only ones are ignored). */
    public static ResourceTypeCommand of(ResourceTypeView v) {
        return new ResourceTypeCommand(
                v.code(),
                v.name(),
                v.nameSv(),
                v.nameEn(),
                v.kind(),
                v.function(),
                v.capability(),
                v.capabilitySv(),
                v.capabilityEn(),
                v.typeLevel(),
                v.unit(),
                v.active());
    }
}
