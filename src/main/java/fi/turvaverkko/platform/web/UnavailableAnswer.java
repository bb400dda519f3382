package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.ApiProblem;
import fi.turvaverkko.platform.ProblemFactory;
import fi.turvaverkko.platform.db.DatabaseAvailability;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer while the database is away: 503 with {@code Retry-After}, a problem detail for the API
 * and a page of its own for people, both in the caller's language and made without the database
 * (the normal page frame needs it).
 */
@Component
class UnavailableAnswer {

    private final ProblemFactory problems;
    private final JsonMapper json;
    private final ITemplateEngine templates;

    UnavailableAnswer(ProblemFactory problems, JsonMapper json, ITemplateEngine templates) {
        this.problems = problems;
        this.json = json;
        this.templates = templates;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAvailability.RETRY_AFTER.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request)) {
            ApiProblem problem = problems.of(503, "error.databaseUnavailable", List.of(), request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem));
        } else {
            Context context = new Context(LocaleContextHolder.getLocale());
            context.setVariable("lang", LocaleContextHolder.getLocale().getLanguage());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(templates.process("error/unavailable", context));
        }
        response.flushBuffer();
    }

    static boolean wantsJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }
}
