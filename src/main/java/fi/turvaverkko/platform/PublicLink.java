package fi.turvaverkko.platform;

/**
 * An entry of the open-data page {@code /public} that a module contributes as a bean: a page or a
 * file anyone may read without logging in.
 *
 * @param order place on the page, smaller first
 * @param href where it leads
 * @param labelKey message key of its name
 * @param descriptionKey message key of one sentence about it
 */
public record PublicLink(int order, String href, String labelKey, String descriptionKey) {}
