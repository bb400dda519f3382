package fi.turvaverkko.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * Adds what a module knows to the frame of every page (the user's region, for example). Called
 * only for full pages, never for API answers or htmx fragments.
 */
public interface PageFrameContributor {

    void contribute(HttpServletRequest request, Map<String, Object> model);
}
