package fi.turvaverkko.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login form with the username still filled in and a message; never says which was wrong. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "turvaverkko.login.username";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 100) {
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
