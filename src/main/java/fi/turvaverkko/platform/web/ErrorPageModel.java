package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Adds to the error page the translated reason of a refusal, when there is one, and the way back
 * to the page the person came from, so that a refused action does not strand them on the front page.
 */
@Component
class ErrorPageModel implements fi.turvaverkko.platform.PageFrameContributor {

    private final Messages messages;

    ErrorPageModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void contribute(HttpServletRequest request, Map<String, Object> model) {
        if (request.getAttribute(UiExceptionHandler.MESSAGE_KEY) instanceof String key) {
            Object[] args = (Object[]) request.getAttribute(UiExceptionHandler.MESSAGE_ARGS);
            model.put("errorReason", messages.get(key, args == null ? new Object[0] : args));
        }
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            String back = backLink(request);
            if (back != null) {
                model.put("errorBack", back);
            }
        }
    }

    /**
     * The page the request came from (its {@code Referer}), as a path on this site; none when it came
     * from elsewhere, from the login page, or is the very page that failed (a reload would fail again).
     */
    static String backLink(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank() || referer.length() > 2000) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(referer.trim());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || uri.getHost() == null
                || !uri.getHost().equalsIgnoreCase(request.getServerName())
                || port(uri) != request.getServerPort()) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/login")) {
            return null;
        }
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String failedPath = failed instanceof String s ? s : request.getRequestURI();
        if (path.equals(failedPath) && "GET".equals(request.getMethod())) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
