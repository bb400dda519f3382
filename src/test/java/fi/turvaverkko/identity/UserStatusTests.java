package fi.turvaverkko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.identity.domain.UserStatus;
import org.junit.jupiter.api.Test;

/** A user's status: only the four names, and only an active user may log in. */
class UserStatusTests {

    @Test
    void onlyTheFourNamesAreStatuses() {
        assertThat(UserStatus.names()).containsExactly("ACTIVE", "PENDING", "REJECTED", "DISABLED");
        assertThat(UserStatus.parse("PENDING")).contains(UserStatus.PENDING);
        assertThat(UserStatus.parse("active")).isEmpty();
        assertThat(UserStatus.parse("")).isEmpty();
        assertThat(UserStatus.parse(null)).isEmpty();
    }

    @Test
    void onlyAnActiveUserMayLogIn() {
        assertThat(UserStatus.ACTIVE.mayLogIn()).isTrue();
        assertThat(UserStatus.PENDING.mayLogIn()).isFalse();
        assertThat(UserStatus.REJECTED.mayLogIn()).isFalse();
        assertThat(UserStatus.DISABLED.mayLogIn()).isFalse();
    }
}
