package fi.turvaverkko.network;

/**
 * A new actor (organisation): {@code name}, {@code sector}, {@code level} and the home area (by id
 * or by code; both must then agree) are required, the rest optional. {@code authority} left out
 * follows the sector (docs/rights.md).
 */
public record CreateActor(
        String name,
        String nameSv,
        String sector,
        String level,
        Boolean authority,
        String homeAreaId,
        String homeAreaCode,
        String businessId,
        String website,
        String email,
        String phone,
        String description) {

    /** The writable fields of an actor as the API sends it; the rest is ignored. */
    public static CreateActor of(ActorView v) {
        return new CreateActor(
                v.name(),
                v.nameSv(),
                v.sector(),
                v.level(),
                v.authority(),
                v.homeAreaId(),
                v.homeAreaCode(),
                v.businessId(),
                v.website(),
                v.email(),
                v.phone(),
                v.description());
    }
}
