package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.Messages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: {@code ?lang=} (remembered in a cookie), else the cookie, else the
 * first supported language of {@code Accept-Language}, else Finnish.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final String ATTRIBUTE = LanguageResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof Locale l) {
            return l;
        }
        Locale locale = Messages.supported(queryParameter(request, COOKIE));
        if (locale == null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    locale = Messages.supported(c.getValue());
                }
            }
        }
        if (locale == null && request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> wanted = request.getLocales();
            while (locale == null && wanted.hasMoreElements()) {
                locale = Messages.supported(wanted.nextElement().getLanguage());
            }
        }
        if (locale == null) {
            locale = Messages.FINNISH;
        }
        request.setAttribute(ATTRIBUTE, locale);
        return locale;
    }

    /**
     * A parameter of the query string only. {@code request.getParameter} would make the container
     * read a form's or an upload's body before anything has checked its size or the caller's rights.
     */
    static String queryParameter(HttpServletRequest request, String name) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/")) {
            // the container reads no body for the parameters: they are the query string's
            return request.getParameter(name);
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if ((eq < 0 ? pair : pair.substring(0, eq)).equals(name)) {
                try {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = locale == null ? null : Messages.supported(locale.getLanguage());
        if (supported == null) {
            return;
        }
        request.setAttribute(ATTRIBUTE, supported);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
