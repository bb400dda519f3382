package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.db.DatabaseAvailability;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away, answers every request at once with 503 and {@code Retry-After}
 * (never 401, whatever the credentials), except static files and health, which answer for
 * themselves; a request that meets the database going away on its way is answered so too.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseAvailability availability;
    private final UnavailableAnswer answer;

    DatabaseUnavailableFilter(DatabaseAvailability availability, UnavailableAnswer answer) {
        this.availability = availability;
        this.answer = answer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.isUp() && !answersWithoutDatabase(request.getRequestURI())) {
            answer.write(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!availability.isCausedByOutage(e)) {
                throw e;
            }
            answer.write(request, response);
        }
    }

    static boolean answersWithoutDatabase(String path) {
        return path.startsWith("/actuator/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }
}
