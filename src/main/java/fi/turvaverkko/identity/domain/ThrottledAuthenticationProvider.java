package fi.turvaverkko.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login for the form and HTTP Basic: checks a password only when {@link LoginThrottle}
 * lets the attempt begin (else {@link LoginThrottledException}, at once), and remembers a successful Basic login for a short while, so that an API client sending Basic on
 * every call does not pay for a password hash each time.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Duration REMEMBER = Duration.ofSeconds(30);

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();
    private final byte[] pepper = new byte[32];

    private record Remembered(Authentication authentication, long atNanos) {}

    public ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
        new java.security.SecureRandom().nextBytes(pepper);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        String key = fingerprint(username, password);
        Remembered r = recent.get(key);
        if (r != null && System.nanoTime() - r.atNanos() < REMEMBER.toNanos()) {
            return r.authentication();
        }
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        boolean counted = false;
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(attempt);
            counted = true;
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(key, new Remembered(result, System.nanoTime()));
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(attempt);
            counted = true;
            throw e;
        } finally {
            if (!counted) {
                throttle.abandoned(attempt);
            }
        }
    }

    /** Forgets remembered logins of a user, after a password or rights change. */
    public void forget(String username) {
        recent.entrySet().removeIf(e -> e.getValue().authentication().getName().equalsIgnoreCase(username));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String username, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(pepper);
            md.update(username.toLowerCase().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
