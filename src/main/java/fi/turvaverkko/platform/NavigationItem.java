package fi.turvaverkko.platform;

/**
 * An entry of the main navigation that a module contributes as a bean.
 *
 * @param order place in the navigation, smaller first
 * @param href where it leads
 * @param labelKey message key of its label
 * @param audience who sees it
 */
public record NavigationItem(int order, String href, String labelKey, Audience audience) {

    /** Who sees a navigation entry. */
    public enum Audience {
        EVERYONE,
        ANONYMOUS,
        LOGGED_IN,
        ADMIN,
        /** Admins and the coordinators of a region. */
        ADMIN_OR_COORDINATOR
    }
}
