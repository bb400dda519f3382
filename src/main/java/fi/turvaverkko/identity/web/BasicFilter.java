package fi.turvaverkko.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * HTTP Basic, run before the CSRF check so that the check knows whether Basic authenticated the
 * request. It checks the password every time a Basic header comes, even when a session of the same
 * user exists (the provider remembers a recent success, so this is cheap): a request is either
 * authenticated by its header or refused with 401, never waved through on the session while its
 * header is ignored.
 */
class BasicFilter extends BasicAuthenticationFilter {

    /** Set on a request that a Basic header or a bearer token authenticated; CSRF is not asked of it. */
    static final String AUTHENTICATED_BY_HEADER = BasicFilter.class.getName() + ".authenticated";

    BasicFilter(AuthenticationManager manager, AuthenticationEntryPoint entryPoint) {
        super(manager, entryPoint);
    }

    static boolean authenticatedByHeader(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED_BY_HEADER));
    }

    @Override
    protected boolean authenticationIsRequired(String username) {
        return true;
    }

    @Override
    protected void onSuccessfulAuthentication(
            HttpServletRequest request, HttpServletResponse response, Authentication authResult) {
        request.setAttribute(AUTHENTICATED_BY_HEADER, Boolean.TRUE);
    }
}
