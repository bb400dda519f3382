package fi.turvaverkko.network.domain;

/** A contact person of an actor: never shown to anonymous users. */
public record ContactPersonView(
        String id, String actorId, String name, String title, String email, String phone, Long version) {}
