package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.domain.LoginThrottledException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login form with the username still filled in and a message; never says which was
 * wrong. An attempt that came too early (ADR 0013) gets the login page at once with 429,
 * {@code Retry-After} and the time to wait.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "turvaverkko.login.username";
    static final String RETRY_AFTER = "turvaverkko.login.retryAfter";
    static final String THROTTLED_PATH = "/login/throttled";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 100) {
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
        if (exception instanceof LoginThrottledException throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            request.setAttribute(RETRY_AFTER, throttled.retryAfterSeconds());
            request.getRequestDispatcher(THROTTLED_PATH).forward(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
