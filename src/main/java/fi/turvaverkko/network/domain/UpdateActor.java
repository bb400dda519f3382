package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.CreateActor;

/**
 * The fields of an actor its editors change, with the {@code version} they read. {@code authority}
 * left out keeps the actor's present value.
 */
public record UpdateActor(
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

    /** The writable fields of an actor as the API and the form send it; the rest is ignored. */
    public static UpdateActor of(ActorView v) {
        return new UpdateActor(
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

    /** The same fields as a new actor's. */
    CreateActor fields() {
        return new CreateActor(
                name,
                nameSv,
                sector,
                level,
                authority,
                homeAreaId,
                homeAreaCode,
                businessId,
                website,
                email,
                phone,
                description);
    }
}
