package fi.turvaverkko.audit.domain;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes a request's one audit entry of the restricted items it returned when the request ends: when
 * the response is complete, or — for a response streamed on another thread (exports, SSE) — when
 * its asynchronous processing completes, fails or times out (ADR 0024).
 */
class RestrictedReadsFilter extends OncePerRequestFilter {

    private final AuditLog log;

    RestrictedReadsFilter(AuditLog log) {
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // an error page may be rendered after the request's own pass: what it reads is written too
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new WhenDone(request));
            } else {
                log.writeReads(request);
            }
        }
    }

    /** Writes the entry once the streamed response is over, however it ended. */
    private final class WhenDone implements AsyncListener {

        private final HttpServletRequest request;

        WhenDone(HttpServletRequest request) {
            this.request = request;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            log.writeReads(request);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            log.writeReads(request);
        }

        @Override
        public void onError(AsyncEvent event) {
            log.writeReads(request);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // a new asynchronous cycle of the same request: keep listening to it
            event.getAsyncContext().addListener(this);
        }
    }
}
