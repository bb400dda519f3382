package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PageFrameContributor;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Fills in the frame every page shares: navigation, language links, the user's region. */
class PageFrameInterceptor implements HandlerInterceptor {

    private final List<NavigationItem> navigation;
    private final List<PageFrameContributor> contributors;
    private final PlatformProperties properties;

    PageFrameInterceptor(
            List<NavigationItem> navigation, List<PageFrameContributor> contributors, PlatformProperties properties) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.contributors = contributors;
        this.properties = properties;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || Views.isHtmx(request)) {
            return;
        }
        String view = mav.getViewName();
        if (view != null && (view.startsWith("redirect:") || view.startsWith("forward:"))) {
            return;
        }
        Map<String, Object> model = mav.getModel();
        addFrame(request, model);
    }

    void addFrame(HttpServletRequest request, Map<String, Object> model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        boolean admin = loggedIn && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        boolean coordinator =
                loggedIn && auth.getAuthorities().stream().anyMatch(a -> "ROLE_COORDINATOR".equals(a.getAuthority()));
        String path = request.getRequestURI();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        if (forwarded instanceof String f) {
            path = f;
        }
        final String current = path;
        List<NavLink> links = navigation.stream()
                .filter(n -> switch (n.audience()) {
                    case EVERYONE -> true;
                    case ANONYMOUS -> !loggedIn;
                    case LOGGED_IN -> loggedIn;
                    case ADMIN -> admin;
                    case ADMIN_OR_COORDINATOR -> admin || coordinator;
                })
                .map(n -> new NavLink(
                        n.href(),
                        n.labelKey(),
                        n.href().equals("/") ? current.equals("/") : current.startsWith(n.href())))
                .toList();
        model.putIfAbsent("nav", links);
        model.putIfAbsent("loggedIn", loggedIn);
        model.putIfAbsent("currentPath", current);
        Map<String, String> langLinks = new LinkedHashMap<>();
        for (String lang : Messages.LANGUAGES) {
            langLinks.put(
                    lang,
                    UriComponentsBuilder.fromPath(current)
                            .query(request.getQueryString())
                            .replaceQueryParam("lang", lang)
                            .build()
                            .toUriString());
        }
        model.putIfAbsent("langLinks", langLinks);
        model.putIfAbsent("mapTileUrl", properties.map().tileUrl());
        for (PageFrameContributor c : contributors) {
            c.contribute(request, model);
        }
    }

    /** A navigation entry as the layout draws it. */
    record NavLink(String href, String labelKey, boolean active) {}
}
