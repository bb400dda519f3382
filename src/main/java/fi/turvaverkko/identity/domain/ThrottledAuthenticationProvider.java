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
 * Password login for the form and HTTP Basic: waits as {@link LoginThrottle} says before checking,
 * and remembers a successful Basic login for a short while, so that an API client sending Basic on
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
        Duration wait = throttle.delayFor(username, address);
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(key, new Remembered(result, System.nanoTime()));
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
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
