package fi.turvaverkko.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Chooses between a whole page and the fragment that htmx swaps. */
public final class Views {

    private Views() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null
                && request.getHeader("HX-Boosted") == null
                && request.getHeader("HX-History-Restore-Request") == null;
    }

    /** The page, or only its named fragment when htmx asked for it. */
    public static String pageOrFragment(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
