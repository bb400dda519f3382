package fi.turvaverkko.identity.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without ever locking an account (ADR 0013). The counters live in the
 * database, so that every node shares them, and nobody waits in a sleeping thread: an attempt that
 * comes too early is refused at once with the time to wait ({@link LoginThrottledException}, 429
 * with {@code Retry-After}).
 *
 * <ul>
 *   <li><b>One attempt at a time per name.</b> While a password of a name is being checked, another
 *       attempt for the same name is refused, so guesses cannot run in parallel.
 *   <li><b>A growing delay per name.</b> After {@value #FREE_ATTEMPTS} failures the next attempt must
 *       wait 0.25 s, then twice as long after each further failure, at most {@link #MAX_DELAY}; after
 *       the wait the right password always gets in, and a success clears the count.
 *   <li><b>A delay per address.</b> Failures for any names from one address (an IPv6 address by its
 *       /64 network) make that address wait as long before trying a name that is no account, but an
 *       existing account at most {@link #ACCOUNT_ADDRESS_DELAY}: an innocent user behind the same
 *       address as a guesser is held up by one second at most.
 * </ul>
 *
 * Failures are forgotten {@link #FORGET_AFTER} after the last one.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final int FREE_ADDRESS_ATTEMPTS = 10;
    static final Duration FIRST_DELAY = Duration.ofMillis(250);
    static final Duration MAX_DELAY = Duration.ofSeconds(10);
    static final Duration ACCOUNT_ADDRESS_DELAY = Duration.ofSeconds(1);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** How long a claimed attempt blocks others for the name if its node dies before it finishes. */
    static final Duration BUSY_LEASE = Duration.ofSeconds(10);

    private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);
    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final AtomicLong lastCleaned = new AtomicLong(System.nanoTime());

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An attempt that may check its password; end it with exactly one of the three methods below. */
    public record Attempt(String name, String address) {}

    record State(
            Instant now,
            int failures,
            Instant lastFailure,
            Instant notBefore,
            int addressFailures,
            Instant addressLastFailure,
            boolean account) {}

    /**
     * Starts an attempt for this name from this address, or refuses it with the seconds to wait:
     * when the name or the address must still wait, or another attempt for the name is running.
     */
    public Attempt begin(String username, String remoteAddress) {
        Attempt attempt = new Attempt(normalize(username), addressKey(remoteAddress));
        State s = state(attempt);
        Instant until = waitUntil(s);
        if (until.isAfter(s.now())) {
            throw new LoginThrottledException(seconds(Duration.between(s.now(), until)));
        }
        boolean claimed = !jdbc.sql("""
                        INSERT INTO identity.login_name AS n (name, busy_until)
                        VALUES (:name, clock_timestamp() + make_interval(secs => :lease))
                        ON CONFLICT (name) DO UPDATE SET busy_until = EXCLUDED.busy_until
                        WHERE (n.busy_until IS NULL OR n.busy_until < clock_timestamp())
                          AND (n.not_before IS NULL OR n.not_before <= clock_timestamp()
                               OR n.last_failure_at < clock_timestamp() - make_interval(secs => :forget))
                        RETURNING n.name""")
                .param("name", attempt.name())
                .param("lease", (double) BUSY_LEASE.toSeconds())
                .param("forget", (double) FORGET_AFTER.toSeconds())
                .query(String.class)
                .list()
                .isEmpty();
        if (!claimed) {
            throw new LoginThrottledException(secondsToWaitForClaim(attempt.name()));
        }
        return attempt;
    }

    /** The password was right: the name's failures are forgotten (the address's are not). */
    public void succeeded(Attempt attempt) {
        jdbc.sql("DELETE FROM identity.login_name WHERE name = ?")
                .param(attempt.name())
                .update();
    }

    /** The password was wrong: the name and the address wait longer before their next attempt. */
    public void failed(Attempt attempt) {
        int failures = jdbc.sql("""
                        UPDATE identity.login_name SET
                          failures = CASE WHEN last_failure_at IS NULL
                                            OR last_failure_at < clock_timestamp() - make_interval(secs => :forget)
                                          THEN 1 ELSE failures + 1 END,
                          last_failure_at = clock_timestamp()
                        WHERE name = :name RETURNING failures""")
                .param("name", attempt.name())
                .param("forget", (double) FORGET_AFTER.toSeconds())
                .query(Integer.class)
                .optional()
                .orElse(1);
        jdbc.sql("""
                        UPDATE identity.login_name
                        SET not_before = last_failure_at + make_interval(secs => :delay), busy_until = NULL
                        WHERE name = :name""")
                .param("name", attempt.name())
                .param("delay", delay(failures, FREE_ATTEMPTS).toMillis() / 1000.0)
                .update();
        jdbc.sql("""
                        INSERT INTO identity.login_address AS a (address, failures, last_failure_at)
                        VALUES (:address, 1, clock_timestamp())
                        ON CONFLICT (address) DO UPDATE SET
                          failures = CASE WHEN a.last_failure_at < clock_timestamp() - make_interval(secs => :forget)
                                          THEN 1 ELSE a.failures + 1 END,
                          last_failure_at = clock_timestamp()""")
                .param("address", attempt.address())
                .param("forget", (double) FORGET_AFTER.toSeconds())
                .update();
        cleanOccasionally();
    }

    /** The check ended without an answer (an error): the name is free again, nothing is counted. */
    public void abandoned(Attempt attempt) {
        jdbc.sql("UPDATE identity.login_name SET busy_until = NULL WHERE name = ?")
                .param(attempt.name())
                .update();
    }

    /** The wait of a name after this many failures (the first {@value #FREE_ATTEMPTS} cost nothing). */
    public static Duration accountDelay(int failures) {
        return delay(failures, FREE_ATTEMPTS);
    }

    /**
     * The wait after {@code failures} failures when the first {@code free} cost nothing: 0.25 s,
     * doubling with each further failure, at most {@link #MAX_DELAY}.
     */
    static Duration delay(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long millis = FIRST_DELAY.toMillis() << Math.min(failures - free, 16);
        return Duration.ofMillis(Math.min(millis, MAX_DELAY.toMillis()));
    }

    private State state(Attempt attempt) {
        return jdbc.sql("""
                        SELECT clock_timestamp() AS now, n.failures, n.last_failure_at, n.not_before,
                               a.failures AS address_failures, a.last_failure_at AS address_last_failure,
                               EXISTS (SELECT 1 FROM identity.app_user u WHERE lower(u.username) = :name) AS account
                        FROM (SELECT 1) x
                        LEFT JOIN identity.login_name n ON n.name = :name
                        LEFT JOIN identity.login_address a ON a.address = :address""")
                .param("name", attempt.name())
                .param("address", attempt.address())
                .query((rs, i) -> new State(
                        instant(rs.getTimestamp("now")),
                        rs.getInt("failures"),
                        instant(rs.getTimestamp("last_failure_at")),
                        instant(rs.getTimestamp("not_before")),
                        rs.getInt("address_failures"),
                        instant(rs.getTimestamp("address_last_failure")),
                        rs.getBoolean("account")))
                .single();
    }

    /** The earliest moment this attempt may check its password. */
    static Instant waitUntil(State s) {
        Instant until = s.now();
        Instant forgotten = s.now().minus(FORGET_AFTER);
        if (s.failures() > 0 && s.notBefore() != null && s.lastFailure().isAfter(forgotten)) {
            until = later(until, s.notBefore());
        }
        if (s.addressFailures() > 0 && s.addressLastFailure().isAfter(forgotten)) {
            Duration d = delay(s.addressFailures(), FREE_ADDRESS_ATTEMPTS);
            if (s.account() && d.compareTo(ACCOUNT_ADDRESS_DELAY) > 0) {
                d = ACCOUNT_ADDRESS_DELAY;
            }
            until = later(until, s.addressLastFailure().plus(d));
        }
        return until;
    }

    /** A claim failed: another attempt is running (try again in a second) or the name must wait. */
    private long secondsToWaitForClaim(String name) {
        double wait = jdbc.sql("""
                        SELECT GREATEST(EXTRACT(EPOCH FROM not_before - clock_timestamp()), 0)::float8
                        FROM identity.login_name
                        WHERE name = ? AND (busy_until IS NULL OR busy_until < clock_timestamp())""")
                .param(name)
                .query((rs, i) -> rs.getDouble(1))
                .optional()
                .orElse(0.0);
        return seconds(Duration.ofMillis(Math.round(wait * 1000)));
    }

    private void cleanOccasionally() {
        long last = lastCleaned.get();
        if (System.nanoTime() - last < CLEAN_EVERY.toNanos() || !lastCleaned.compareAndSet(last, System.nanoTime())) {
            return;
        }
        double forget = FORGET_AFTER.toSeconds();
        jdbc.sql("""
                        DELETE FROM identity.login_name
                        WHERE (last_failure_at IS NULL OR last_failure_at < clock_timestamp() - make_interval(secs => :forget))
                          AND (busy_until IS NULL OR busy_until < clock_timestamp())""").param("forget", forget).update();
        jdbc.sql(
                        "DELETE FROM identity.login_address WHERE last_failure_at < clock_timestamp() - make_interval(secs => :forget)")
                .param("forget", forget)
                .update();
    }

    /** Whole seconds to wait, at least one. */
    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String normalize(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** The address as it is, but an IPv6 address by its /64 network, which one client usually holds whole. */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
    }
}
