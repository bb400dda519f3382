package fi.turvaverkko.resources;

/**
 * One hit of the nearest-resource search: the resource, its straight-line distance from the point
 * asked, and the estimated time to arrive (activation time plus travel at the set speed).
 */
public record NearestResource(ResourceView resource, double distanceKm, int etaMinutes) {}
