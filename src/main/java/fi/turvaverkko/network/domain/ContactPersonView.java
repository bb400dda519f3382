package fi.turvaverkko.network.domain;

import io.swagger.v3.oas.annotations.media.Schema;

/** A contact person of an actor: never shown to anonymous users. */
public record ContactPersonView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String actorId,
        String name,
        String title,
        String email,
        String phone,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long version) {}
