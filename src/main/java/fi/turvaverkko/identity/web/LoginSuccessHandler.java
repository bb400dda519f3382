package fi.turvaverkko.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After login: back where the user was going, else the front page. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    LoginSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        request.getSession().removeAttribute(LoginFailureHandler.LAST_USERNAME);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
