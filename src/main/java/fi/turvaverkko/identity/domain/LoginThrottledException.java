package fi.turvaverkko.identity.domain;

import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused unchecked because it came too early (ADR 0013): answered 429 with
 * {@code Retry-After} by the API and with a message on the login page. The password was not looked at.
 */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super("login attempt throttled");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds to wait before the next attempt, at least one. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
