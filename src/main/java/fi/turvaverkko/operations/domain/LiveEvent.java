package fi.turvaverkko.operations.domain;

import java.time.OffsetDateTime;

/**
 * One change of a disruption's situation picture as the event stream carries it: {@code type} is
 * disruption, log, request, offer, commitment or sitrep; {@code id} is its place in the stream.
 */
public record LiveEvent(long id, String disruptionId, String type, String itemId, String summary, OffsetDateTime at) {}
