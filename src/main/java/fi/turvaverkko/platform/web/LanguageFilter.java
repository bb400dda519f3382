package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        Locale asked = Messages.supported(request.getParameter(LanguageResolver.COOKIE));
        if (asked != null) {
            resolver.setLocale(request, response, asked);
        }
        Locale locale = resolver.resolveLocale(request);
        LocaleContextHolder.setLocale(locale);
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
