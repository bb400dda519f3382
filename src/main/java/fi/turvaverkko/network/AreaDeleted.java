package fi.turvaverkko.network;

/**
 * An area was deleted. Modules that keep data by area without a foreign key to it (the indicator
 * values) listen with {@code @ApplicationModuleListener}: after the deletion commits, kept in the
 * event publication registry and retried when a listener fails.
 */
public record AreaDeleted(long areaId, String code) {}
