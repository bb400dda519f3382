package fi.turvaverkko.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

/** A client that went away is answered with silence; real errors are left to the other handlers. */
class ClientGoneExceptionResolverTests {

    final ClientGoneExceptionResolver resolver = new ClientGoneExceptionResolver();

    MockHttpServletResponse eventStream() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setContentType("text/event-stream");
        return response;
    }

    @Test
    void aDisconnectedEventStreamIsHandledQuietlyWithNothingWritten() {
        MockHttpServletResponse response = eventStream();
        var disconnected = new AsyncRequestNotUsableException(
                "Servlet container error notification for disconnected client", new IOException("Broken pipe"));

        var answer = resolver.resolveException(
                new MockHttpServletRequest("GET", "/api/v1/disruptions/1/events"), response, null, disconnected);

        assertThat(answer).isNotNull();
        assertThat(answer.isEmpty()).isTrue();
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void anEventStreamThatRunsOutItsTimeEndsQuietly() {
        var answer = resolver.resolveException(
                new MockHttpServletRequest(), eventStream(), null, new AsyncRequestTimeoutException());
        assertThat(answer).isNotNull();
    }

    @Test
    void theContainersAndTheSystemsDisconnectsAreRecognisedAnywhere() {
        assertThat(ClientGoneExceptionResolver.isClientGone(new ClientAbortException("x"), false))
                .isTrue();
        assertThat(ClientGoneExceptionResolver.isClientGone(
                        new RuntimeException("writing", new IOException("Broken pipe")), false))
                .isTrue();
        assertThat(ClientGoneExceptionResolver.isClientGone(new IOException("Connection reset by peer"), false))
                .isTrue();
        // on an event stream every I/O failure is the client's going
        assertThat(ClientGoneExceptionResolver.isClientGone(new IOException("closed"), true))
                .isTrue();
    }

    @Test
    void realErrorsAreLeftToTheOtherHandlers() {
        assertThat(resolver.resolveException(
                        new MockHttpServletRequest(),
                        new MockHttpServletResponse(),
                        null,
                        new IllegalStateException("a bug")))
                .isNull();
        assertThat(resolver.resolveException(
                        new MockHttpServletRequest(),
                        new MockHttpServletResponse(),
                        null,
                        new IOException("disk full")))
                .isNull();
        // a timeout outside an event stream is answered as before
        assertThat(resolver.resolveException(
                        new MockHttpServletRequest(),
                        new MockHttpServletResponse(),
                        null,
                        new AsyncRequestTimeoutException()))
                .isNull();
    }
}
