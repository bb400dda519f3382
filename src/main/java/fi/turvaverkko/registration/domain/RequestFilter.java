package fi.turvaverkko.registration.domain;

/**
 * The filters of a request list: status, the organisation that asked, and whether to show only the
 * requests the caller may answer ({@code toAnswer}) or only the caller's own organisations' ones
 * ({@code own}).
 */
public record RequestFilter(String status, String actorId, Boolean toAnswer, Boolean own) {}
