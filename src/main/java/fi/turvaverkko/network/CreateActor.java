package fi.turvaverkko.network;

/**
 * The fields of an actor that a caller sets; the same names as {@link ActorView}. Create takes
 * {@code {"name", "sector", "level", "homeAreaCode", "businessId"}} and optionally the rest.
 */
public record ActorCommand(
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
        String description,
        Long version) {

    public static ActorCommand of(ActorView v) {
        return new ActorCommand(
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
                v.description(),
                v.version());
    }
}
