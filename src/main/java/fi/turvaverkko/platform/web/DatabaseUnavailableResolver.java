package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.db.DatabaseAvailability;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller of any module that meets the database going away answers 503 with {@code
 * Retry-After}, not 500; it runs before the modules' own exception handlers.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private final DatabaseAvailability availability;
    private final UnavailableAnswer answer;

    DatabaseUnavailableResolver(DatabaseAvailability availability, UnavailableAnswer answer) {
        this.availability = availability;
        this.answer = answer;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!availability.isCausedByOutage(ex)) {
            return null;
        }
        try {
            answer.write(request, response);
        } catch (IOException e) {
            // the client went away too
        }
        return new ModelAndView();
    }
}
