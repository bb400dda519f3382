package fi.turvaverkko.registration;

/** A rejection's reason: the body of {@code …/{id}/reject}, and optional on approval. */
public record Decision(String reason) {}
