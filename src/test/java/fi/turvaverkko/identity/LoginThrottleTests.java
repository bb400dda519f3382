package fi.turvaverkko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.identity.domain.LoginThrottle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Failed logins slow the next attempts down, growing, capped, and never lock anyone out. */
class LoginThrottleTests {

    @Test
    void delayGrowsPerAccountAndPerAddressAndIsCapped() {
        LoginThrottle t = new LoginThrottle();
        assertThat(t.delayFor("coordinator", "10.0.0.1")).isZero();
        for (int i = 0; i < 3; i++) {
            t.failed("coordinator", "10.0.0.1");
        }
        Duration third = t.delayFor("coordinator", "10.0.0.2");
        assertThat(third).isPositive();
        t.failed("coordinator", "10.0.0.1");
        assertThat(t.delayFor("coordinator", "10.0.0.2")).isGreaterThan(third);
        // the same address trying other accounts is slowed down too
        assertThat(t.delayFor("someone-else", "10.0.0.1")).isPositive();
        for (int i = 0; i < 50; i++) {
            t.failed("coordinator", "10.0.0.1");
        }
        assertThat(t.delayFor("coordinator", "10.0.0.1")).isLessThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginThrottle t = new LoginThrottle();
        for (int i = 0; i < 5; i++) {
            t.failed("spr", "10.0.0.9");
        }
        t.succeeded("spr", "10.0.0.9");
        assertThat(t.delayFor("spr", "10.0.0.9")).isZero();
    }
}
