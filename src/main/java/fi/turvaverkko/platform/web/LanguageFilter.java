package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Settles the language before anything else runs, so that the login page, security refusals and
 * error pages answer in it too; {@code ?lang=} is remembered in a cookie.
 */
class LanguageFilter extends OncePerRequestFilter {

    private final LanguageResolver resolver;

    LanguageFilter(LanguageResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale asked = Messages.supported(LanguageResolver.queryParameter(request, LanguageResolver.COOKIE));
        if (asked != null) {
            resolver.setLocale(request, response, asked);
        }
        Locale locale = resolver.resolveLocale(request);
        LocaleContextHolder.setLocale(locale);
        try {
            chain.doFilter(new InLanguage(request, locale), response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /**
     * The request in the settled language: Spring's RequestContextFilter, which runs later, sets the
     * language of everything before the DispatcherServlet (security refusals, the login throttle's
     * 429) from {@code getLocale()}, which would otherwise be {@code Accept-Language} or the JVM's own.
     */
    private static final class InLanguage extends HttpServletRequestWrapper {

        private final Locale locale;

        InLanguage(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
