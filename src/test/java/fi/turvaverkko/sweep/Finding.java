package fi.turvaverkko.sweep;

/**
 * One thing the sweep found wrong on one page.
 *
 * @param kind what is wrong ({@link Kind})
 * @param route the route pattern of the page ({@code /measures/{id}}), or its path when no route matches
 * @param key what identifies the finding across runs, roles and languages (the raw code, the message
 *     key, the axe rule, the width…); the known-findings file matches on kind, route and key
 * @param url the page's address as the sweep reached it
 * @param role the demo user, or {@code anonymous}
 * @param lang the page's language
 * @param detail what a person needs to find it (the text around it, the element, the link that led there)
 */
record Finding(Kind kind, String route, String key, String url, String role, String lang, String detail) {

    enum Kind {
        /** An answer of 500 or more. */
        SERVER_ERROR,
        /** An error page (4xx) reached from a link or form the product itself offers. */
        DEAD_LINK,
        /** A link a logged-in user is offered leads to the login page. */
        LOGIN_WALL,
        /** {@code ??key??}: a message key without a text. */
        UNRESOLVED_KEY,
        /** A message key shown as text ({@code nav.indicators.description_fi}). */
        KEY_AS_TEXT,
        /** A code shown instead of its label ({@code TRACTOR_LOADER}). */
        RAW_CODE,
        /** A Finnish text of the interface on a Swedish or English page. */
        WRONG_LANGUAGE,
        /** A GET changed data (an audit entry other than a read was written). */
        GET_CHANGES_DATA,
        /** A hostile or oversized search was not answered with results, no results or a clear message. */
        BAD_INPUT,
        /** {@code %} or {@code _} in a search matched everything: LIKE's wildcards are not escaped. */
        LIKE_NOT_ESCAPED,
        /** The page is wider than the window. */
        SIDEWAYS_SCROLL,
        /** A serious or critical axe-core violation (WCAG 2.1 AA). */
        ACCESSIBILITY,
        /**
         * A date, time or date-time field holds a value its browser control throws away (not ISO), or
         * a date field a template declares was met by no crawl.
         */
        DATE_FIELD,
        /** An edit form saved unchanged was refused, or shows other values when opened again. */
        FORM_ROUND_TRIP,
        /** A GET route of the UI that no crawl reached. */
        UNREACHED_ROUTE
    }

    /** The identity of the finding in the known-findings file. */
    String identity() {
        return kind + " " + route + " " + key;
    }
}
