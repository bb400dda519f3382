package fi.turvaverkko.platform.web;

import fi.turvaverkko.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

    static final String MESSAGE_KEY = "turvaverkko.error.messageKey";
    static final String MESSAGE_ARGS = "turvaverkko.error.messageArgs";

    @ExceptionHandler(DomainException.class)
    void domain(DomainException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(MESSAGE_KEY, e.messageKey());
        request.setAttribute(MESSAGE_ARGS, e.args());
        response.sendError(e.status());
    }
}
