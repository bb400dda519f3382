package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.domain.LoginThrottledException;
import fi.turvaverkko.platform.ApiProblem;
import fi.turvaverkko.platform.ProblemFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 of the API as problem details in the caller's language, and 429 with
 * {@code Retry-After} for a login attempt that came too early (ADR 0013).
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemFactory problems;
    private final JsonMapper json;

    ProblemResponses(ProblemFactory problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            write(
                    response,
                    problems.of(
                            429,
                            "error.login.throttled",
                            List.of(),
                            request.getRequestURI(),
                            throttled.retryAfterSeconds()));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Turvaverkko\", charset=\"UTF-8\"");
        write(response, problems.of(401, "error.unauthorized", List.of(), request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problems.of(403, "error.forbidden", List.of(), request.getRequestURI()));
    }

    private void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
