package fi.turvaverkko.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yearly verification: when a resource is due, and which date a write keeps. */
class VerificationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aResourceIsDueWhenItsLastCheckIsOlderThanThePeriodOrMissing() {
        LocalDate dueBefore = Verification.dueBefore(TODAY, 365);
        assertThat(dueBefore).isEqualTo(LocalDate.of(2025, 12, 7));
        assertThat(Verification.isDue(LocalDate.of(2025, 12, 6), dueBefore)).isTrue();
        assertThat(Verification.isDue(LocalDate.of(2025, 12, 7), dueBefore)).isFalse();
        assertThat(Verification.isDue(null, dueBefore)).isTrue();
    }

    @Test
    void aNewResourceIsVerifiedTodayAndAChangedOneKeepsItsDateUnlessGivenOne() {
        List<Problem> problems = new ArrayList<>();
        LocalDate stored = LocalDate.of(2026, 3, 1);
        assertThat(Verification.dateOf(null, null, true, TODAY, problems)).isEqualTo(TODAY);
        assertThat(Verification.dateOf(null, stored, false, TODAY, problems)).isEqualTo(stored);
        assertThat(Verification.dateOf(LocalDate.of(2026, 5, 1), stored, false, TODAY, problems))
                .isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(problems).isEmpty();
    }

    @Test
    void aCheckDatedInTheFutureIsRefusedOnItsField() {
        List<Problem> problems = new ArrayList<>();
        Verification.dateOf(TODAY.plusDays(1), null, true, TODAY, problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("lastVerified");
            assertThat(p.messageKey()).isEqualTo("error.resource.verifiedInFuture");
        });
    }
}
