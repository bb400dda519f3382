package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.ProblemFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A too large upload found while it was parsed — before any controller, so no controller advice
 * sees it — answered as {@link BodyLimitFilter} answers one refused by its length.
 */
class UploadTooLargeResolver implements HandlerExceptionResolver, Ordered {

    private final long max;
    private final ProblemFactory problems;
    private final JsonMapper json;

    UploadTooLargeResolver(long max, ProblemFactory problems, JsonMapper json) {
        this.max = max;
        this.problems = problems;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof MaxUploadSizeExceededException) || response.isCommitted()) {
            return null;
        }
        try {
            BodyLimitFilter.refuse(request, response, max, problems, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }
}
