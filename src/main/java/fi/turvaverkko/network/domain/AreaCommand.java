package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.AreaView;

/**
 * The fields of an area a caller sets. {@code type}, {@code code} and the parent (by id or by code)
 * are read when the area is created and fixed after that; {@code version} is the one the caller read,
 * checked on update.
 */
public record AreaCommand(
        String type,
        String code,
        String parentId,
        String parentCode,
        String name,
        String nameSv,
        String nameSe,
        String nameEn,
        Double lat,
        Double lon,
        Integer population,
        String leadActorId,
        Long version) {

    /** The writable fields of an area as the API and the form send it; the rest is ignored. */
    public static AreaCommand of(AreaView a) {
        return new AreaCommand(
                a.type(),
                a.code(),
                a.parentId(),
                a.parentCode(),
                a.name(),
                a.nameSv(),
                a.nameSe(),
                a.nameEn(),
                a.lat(),
                a.lon(),
                a.population(),
                a.leadActorId(),
                a.version());
    }
}
