package fi.turvaverkko.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The units of a resource: what commitments may take and what a change of quantity may leave. */
class StockTests {

    @Test
    void theQuantityMayFallToWhatIsCommittedButNotBelow() {
        Stock s = new Stock(5, 3);
        assertThat(s.withQuantity(3)).isEqualTo(new Stock(3, 3));
        assertThat(s.withQuantity(9).free()).isEqualTo(6);
        assertThatThrownBy(() -> s.withQuantity(2)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("error.resource.belowCommitted");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("quantity");
                assertThat(p.args()).containsExactly(3);
            });
        });
    }

    @Test
    void aCommitmentTakesOnlyFreeUnitsAndGivesBackOnlyCommittedOnes() {
        Stock s = new Stock(4, 1);
        assertThat(s.reserve(3)).isEqualTo(new Stock(4, 4));
        assertThat(s.reserve(-1)).isEqualTo(new Stock(4, 0));
        assertThatThrownBy(() -> s.reserve(4)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("error.resource.notEnoughFree");
        });
        assertThatThrownBy(() -> s.reserve(-2)).isInstanceOf(DomainException.class);
    }

    @Test
    void aResourceWithCommittedUnitsIsNotRemoved() {
        new Stock(2, 0).requireRemovable();
        assertThatThrownBy(() -> new Stock(2, 1).requireRemovable())
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("error.resource.inUse"));
    }
}
