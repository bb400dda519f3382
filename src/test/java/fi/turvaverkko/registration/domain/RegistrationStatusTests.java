package fi.turvaverkko.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A sign-up is approved only once its address is confirmed, rejected only while open, decided once. */
class RegistrationStatusTests {

    @Test
    void aConfirmedSignUpIsApprovedAndAnOpenOneRejected() {
        assertThat(RegistrationStatus.CONFIRMED.approve()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(RegistrationStatus.RECEIVED.reject()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(RegistrationStatus.CONFIRMED.reject()).isEqualTo(RegistrationStatus.REJECTED);
    }

    @Test
    void anUnconfirmedSignUpIsNotApprovedYet() {
        assertThatThrownBy(RegistrationStatus.RECEIVED::approve)
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.registration.unconfirmed");
    }

    @Test
    void aDecidedSignUpIsNotDecidedAgain() {
        for (RegistrationStatus decided :
                new RegistrationStatus[] {RegistrationStatus.APPROVED, RegistrationStatus.REJECTED}) {
            assertThat(decided.open()).isFalse();
            assertThatThrownBy(decided::approve)
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.registration.decided");
            assertThatThrownBy(decided::reject)
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.registration.decided");
        }
        assertThat(RegistrationStatus.OPEN).containsExactly(RegistrationStatus.RECEIVED, RegistrationStatus.CONFIRMED);
    }

    @Test
    void theListIsFilteredByAKnownStatusOrNone() {
        assertThat(RegistrationStatus.filter(null)).isNull();
        assertThat(RegistrationStatus.filter("")).isNull();
        assertThat(RegistrationStatus.filter("CONFIRMED")).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> RegistrationStatus.filter("OPEN"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("status"));
    }
}
