package fi.turvaverkko.operations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The lifecycles of disruptions, resource requests, offers and commitments, without a database. */
class StatusMachineTests {

    // ----- disruptions

    @Test
    void aDisruptionMovesAlongItsLifecycle() {
        assertThat(DisruptionStatus.next("MONITORING")).containsExactly("ACTIVE", "CLOSED");
        assertThat(DisruptionStatus.next("ACTIVE")).containsExactly("RECOVERY");
        assertThat(DisruptionStatus.next("RECOVERY")).containsExactly("ACTIVE", "CLOSED");
        assertThat(DisruptionStatus.next("CLOSED")).isEmpty();
        assertThat(DisruptionStatus.after("MONITORING", "ACTIVE")).isEqualTo("ACTIVE");
        assertThat(DisruptionStatus.after("RECOVERY", "ACTIVE")).isEqualTo("ACTIVE");
        assertThat(DisruptionStatus.after("RECOVERY", "CLOSED")).isEqualTo("CLOSED");
    }

    @Test
    void aDisruptionRefusesWhatItsLifecycleForbids() {
        refused(() -> DisruptionStatus.after("ACTIVE", "CLOSED"), 409, "error.disruption.transition");
        refused(() -> DisruptionStatus.after("ACTIVE", "MONITORING"), 409, "error.disruption.transition");
        refused(() -> DisruptionStatus.after("CLOSED", "ACTIVE"), 409, "error.disruption.transition");
        refused(() -> DisruptionStatus.after("ACTIVE", "ACTIVE"), 409, "error.disruption.transition");
        refused(() -> DisruptionStatus.after("ACTIVE", "ENDED"), 400, "error.invalidInput");
        refused(() -> DisruptionStatus.after("ACTIVE", null), 400, "error.invalidInput");
    }

    @Test
    void aClosedDisruptionTakesNoMoreChanges() {
        DisruptionStatus.requireNotClosed("RECOVERY");
        refused(() -> DisruptionStatus.requireNotClosed("CLOSED"), 409, "error.disruption.closed");
        assertThat(DisruptionStatus.isClosed("CLOSED")).isTrue();
        assertThat(DisruptionStatus.isClosed("MONITORING")).isFalse();
    }

    // ----- requests

    @Test
    void anOpenRequestIsFilledWhenItsUnitsAreCommitted() {
        assertThat(RequestStatus.OPEN.afterCommitment(2, 3)).isEqualTo(RequestStatus.OPEN);
        assertThat(RequestStatus.OPEN.afterCommitment(3, 3)).isEqualTo(RequestStatus.FILLED);
        assertThat(RequestStatus.OPEN.afterCommitment(4, 3)).isEqualTo(RequestStatus.FILLED);
        assertThat(RequestStatus.CANCELLED.afterCommitment(3, 3)).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void onlyAnOpenRequestIsCancelledOrTakesOffers() {
        assertThat(RequestStatus.of("OPEN").cancel()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(RequestStatus.OPEN.requireOpen()).isEqualTo(RequestStatus.OPEN);
        refused(RequestStatus.FILLED::cancel, 409, "error.request.notOpen");
        refused(RequestStatus.CANCELLED::cancel, 409, "error.request.notOpen");
        refused(RequestStatus.FILLED::requireOpen, 409, "error.request.notOpen");
    }

    // ----- offers

    @Test
    void anOfferIsUsedUpWhenNoUnitsAreLeft() {
        assertThat(OfferStatus.OFFERED.afterCommitment(1, 3)).isEqualTo(OfferStatus.OFFERED);
        assertThat(OfferStatus.OFFERED.afterCommitment(3, 3)).isEqualTo(OfferStatus.COMMITTED);
        refused(() -> OfferStatus.WITHDRAWN.afterCommitment(1, 3), 409, "error.offer.notOpen");
        refused(() -> OfferStatus.COMMITTED.requireOpen(), 409, "error.offer.notOpen");
    }

    @Test
    void anOfferIsWithdrawnOnlyBeforeAnythingIsCommitted() {
        assertThat(OfferStatus.of("OFFERED").withdraw(0)).isEqualTo(OfferStatus.WITHDRAWN);
        refused(() -> OfferStatus.OFFERED.withdraw(1), 409, "error.offer.notOpen");
        refused(() -> OfferStatus.COMMITTED.withdraw(0), 409, "error.offer.notOpen");
        refused(() -> OfferStatus.WITHDRAWN.withdraw(0), 409, "error.offer.notOpen");
    }

    // ----- commitments

    @Test
    void aCommitmentIsDeployedAndReleased() {
        assertThat(CommitmentStatus.of("COMMITTED").deploy()).isEqualTo(CommitmentStatus.DEPLOYED);
        assertThat(CommitmentStatus.DEPLOYED.release()).isEqualTo(CommitmentStatus.RELEASED);
        assertThat(CommitmentStatus.COMMITTED.release()).isEqualTo(CommitmentStatus.RELEASED);
    }

    @Test
    void aCommitmentRefusesWhatItsLifecycleForbids() {
        DomainException e = refused(CommitmentStatus.DEPLOYED::deploy, 409, "error.commitment.transition");
        assertThat(e.args()).containsExactly("DEPLOYED", "DEPLOYED");
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("status"));
        refused(CommitmentStatus.RELEASED::deploy, 409, "error.commitment.transition");
        refused(CommitmentStatus.RELEASED::release, 409, "error.commitment.transition");
    }

    private static DomainException refused(ThrowingCallable change, int status, String key) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(change).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
            thrown[0] = e;
        });
        return (DomainException) thrown[0];
    }
}
