package fi.turvaverkko.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The GET routes of the user interface, read from the application's own request mappings: every
 * handler of the application's {@code @Controller}s that answers GET, outside {@code /api/**}. The
 * sweep names each page by its route pattern, and fails on a route that no crawl reached.
 */
final class Routes {

    /**
     * Routes no link of the product leads to, each with the reason. A crawl opens each directly (the
     * address comes from the seed: {@link Seed#directAddresses()}) and checks it like any other page;
     * keep this short: a page nobody can find is usually a defect.
     */
    static final Map<String, String> OPENED_DIRECTLY = Map.of(
            "/register/confirm/{token}",
            "reached from the confirmation mail only (the seed's unconfirmed registration)",
            "/register/sent",
            "shown after a registration is sent (the form's POST redirects there)");

    /** Routes no crawl can reach at all, each with the reason; other tests cover them. */
    static final Map<String, String> UNLINKED = Map.of(
            "/login/throttled",
            "the login page with the time to wait, forwarded to from a login attempt that came too early (a"
                    + " POST); a GET of it goes to /login, and failing logins on purpose would throttle the"
                    + " sweep's own; LoginThrottleBrowserTests shows it");

    record Route(PathPattern pattern, String module, boolean download) {

        String value() {
            return pattern.getPatternString();
        }
    }

    private final List<Route> routes;

    private Routes(List<Route> routes) {
        this.routes = routes;
    }

    static Routes of(ApplicationContext context) {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Map<String, Route> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            HandlerMethod handler = e.getValue();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Class<?> type = handler.getBeanType();
            if (!(methods.isEmpty() || methods.contains(RequestMethod.GET))
                    || !type.getName().startsWith("fi.turvaverkko.")
                    || AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)) {
                continue; // not a GET, not ours, or an API controller
            }
            boolean stream = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(MediaType.TEXT_EVENT_STREAM::includes);
            if (stream || info.getPathPatternsCondition() == null) {
                continue;
            }
            boolean download = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class)
                    || !String.class.equals(handler.getMethod().getReturnType())
                            && !handler.getMethod().getReturnType().getName().endsWith("ModelAndView");
            String module = type.getName().substring("fi.turvaverkko.".length()).split("\\.")[0];
            for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                if (!p.getPatternString().startsWith("/api/")) {
                    found.putIfAbsent(p.getPatternString(), new Route(p, module, download));
                }
            }
        }
        return new Routes(new ArrayList<>(found.values()));
    }

    List<Route> all() {
        return routes;
    }

    /** The most specific route that matches the path ({@code /measures/new} before {@code /measures/{id}}). */
    Route match(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return routes.stream()
                .filter(r -> r.pattern().matches(container))
                .min(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .orElse(null);
    }

    /** The route pattern of a path, or the path itself when no route of the UI matches. */
    String patternOf(String path) {
        Route r = match(path);
        return r == null ? path : r.value();
    }

    String moduleOf(String pattern) {
        if (pattern.startsWith("templates/")) {
            return pattern.split("/")[1]; // a finding about a template (DateFields)
        }
        return routes.stream()
                .filter(r -> r.value().equals(pattern))
                .map(Route::module)
                .findFirst()
                .orElseGet(() -> {
                    Route r = match(pattern);
                    return r == null ? "platform" : r.module();
                });
    }

    static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
