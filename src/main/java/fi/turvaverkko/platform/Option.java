package fi.turvaverkko.platform;

/** One choice of a select: the value sent and the label shown. */
public record Option(String value, String label) {}
