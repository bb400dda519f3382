package fi.turvaverkko.registration.domain;

/** A decision's reason: the body of {@code …/{id}/reject}, where it is required. */
public record Decision(String reason) {}
