package fi.turvaverkko.identity.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after a few failed logins for an account or from an address, every further
 * attempt waits longer (up to ten seconds) before the password is checked. Nobody is locked out,
 * so nobody can lock out the coordinator; a correct password still gets in, only later.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(10);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, long lastNanos) {}

    /** How long an attempt for this account from this address must wait before it is checked. */
    public Duration delayFor(String username, String address) {
        int n = Math.max(count("u:" + normalize(username)), count("a:" + address));
        if (n < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        long millis = 250L << Math.min(n - FREE_ATTEMPTS, 10);
        return Duration.ofMillis(Math.min(millis, MAX_DELAY.toMillis()));
    }

    public void failed(String username, String address) {
        bump("u:" + normalize(username));
        bump("a:" + address);
        if (failures.size() > 100_000) {
            prune();
        }
    }

    public void succeeded(String username, String address) {
        failures.remove("u:" + normalize(username));
        failures.remove("a:" + address);
    }

    private int count(String key) {
        Failures f = failures.get(key);
        if (f == null || System.nanoTime() - f.lastNanos() > FORGET_AFTER.toNanos()) {
            return 0;
        }
        return f.count();
    }

    private void bump(String key) {
        failures.compute(key, (k, f) -> new Failures(count(k) + 1, System.nanoTime()));
    }

    private void prune() {
        long now = System.nanoTime();
        failures.entrySet().removeIf(e -> now - e.getValue().lastNanos() > FORGET_AFTER.toNanos());
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
