package fi.turvaverkko.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A client that went away in the middle of an answer — a browser tab with a live event stream
 * closed, a download cancelled, a broken pipe — is not an error of the application: it is logged at
 * debug level, and nothing is written to the response, which nobody reads any more. An event stream
 * that runs out its time ends the same way (the browser reconnects with {@code Last-Event-ID}).
 *
 * <p>It runs before every other resolver (the {@code @ExceptionHandler}s of the API and the pages),
 * for every controller of every module; anything else it leaves to them.
 */
@Component
class ClientGoneExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ClientGoneExceptionResolver.class);

    @Override
    public int getOrder() {
        // after Spring Boot's DefaultErrorAttributes (HIGHEST_PRECEDENCE), which only records the error
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        boolean stream = isEventStream(response);
        if (!isClientGone(ex, stream) && !(stream && ex instanceof AsyncRequestTimeoutException)) {
            return null;
        }
        if (log.isDebugEnabled()) {
            log.debug("Client gone at {}: {}", request.getRequestURI(), describe(ex));
        }
        return new ModelAndView();
    }

    /**
     * Whether {@code ex} (or one of its causes) says that the client closed the connection. On an
     * event stream every {@link IOException} means that; elsewhere only the container's
     * disconnect exceptions and the operating system's "broken pipe" or "connection reset" do.
     */
    static boolean isClientGone(Throwable ex, boolean eventStream) {
        int depth = 0;
        for (Throwable t = ex; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof AsyncRequestNotUsableException) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.equals("org.apache.catalina.connector.ClientAbortException")
                    || type.equals("org.eclipse.jetty.io.EofException")) {
                return true;
            }
            if (t instanceof IOException) {
                if (eventStream) {
                    return true;
                }
                String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe")
                        || message.contains("connection reset")
                        || message.contains("connection was aborted")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isEventStream(HttpServletResponse response) {
        String type = response.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
    }

    private static String describe(Throwable ex) {
        StringBuilder text = new StringBuilder(String.valueOf(ex));
        Throwable root = ex;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 16) {
            root = root.getCause();
        }
        if (root != ex) {
            text.append(" (").append(root).append(')');
        }
        return text.toString();
    }
}
