package fi.turvaverkko.platform.web;

import fi.turvaverkko.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that a page's controller did not turn into a form error becomes the error page of its
 * status, in the user's language, inside the normal page frame.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UiExceptionHandler.class);

    static final String MESSAGE_KEY = "turvaverkko.error.messageKey";
    static final String MESSAGE_ARGS = "turvaverkko.error.messageArgs";

    @ExceptionHandler(DomainException.class)
    void domain(DomainException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(MESSAGE_KEY, e.messageKey());
        request.setAttribute(MESSAGE_ARGS, e.args());
        response.sendError(e.status());
    }

    /**
     * A write the database refused: text it cannot keep (a NUL character) is bad input, 400; any
     * other constraint is a conflict with what is stored, 409 — as in the API, never a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    void integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean text = isUnstorableText(e);
        if (!text) {
            log.info(
                    "Refused by a database constraint: {}",
                    e.getMostSpecificCause().getMessage());
        }
        request.setAttribute(MESSAGE_KEY, text ? "error.text.invalidCharacters" : "error.conflict");
        request.setAttribute(MESSAGE_ARGS, new Object[0]);
        response.sendError(text ? 400 : 409);
    }

    /** PostgreSQL's "invalid byte sequence" (22021): a NUL character, which no text column can hold. */
    static boolean isUnstorableText(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof SQLException s && "22021".equals(s.getSQLState());
    }
}
