package fi.turvaverkko.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import org.junit.jupiter.api.Test;

/** An action item is open or done at its editors' word, and becomes a measure once, through planning only. */
class ActionItemStatusTests {

    @Test
    void anEditorMarksAnItemDoneAndOpensItAgain() {
        assertThat(ActionItemStatus.next("OPEN", "DONE")).isEqualTo("DONE");
        assertThat(ActionItemStatus.next("DONE", "OPEN")).isEqualTo("OPEN");
        assertThat(ActionItemStatus.next("OPEN", "OPEN")).isEqualTo("OPEN");
    }

    @Test
    void noStatusAskedKeepsThePresentOneEvenWhenConverted() {
        assertThat(ActionItemStatus.next("DONE", null)).isEqualTo("DONE");
        assertThat(ActionItemStatus.next("CONVERTED", null)).isEqualTo("CONVERTED");
        assertThat(ActionItemStatus.next("CONVERTED", "CONVERTED")).isEqualTo("CONVERTED");
    }

    @Test
    void noCallerMakesAnItemConvertedNorSetsAnUnknownStatus() {
        for (String asked : new String[] {"CONVERTED", "CLOSED", "done", ""}) {
            assertThatThrownBy(() -> ActionItemStatus.next("OPEN", asked))
                    .as(asked)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((DomainException) e).problems())
                            .extracting(Problem::field, Problem::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "error.status.unknown")));
        }
    }

    @Test
    void anItemThatBecameAMeasureIsNotOpenedOrClosedByHand() {
        for (String asked : new String[] {"OPEN", "DONE"}) {
            assertThatThrownBy(() -> ActionItemStatus.next("CONVERTED", asked))
                    .as(asked)
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.actionItem.converted");
        }
    }

    @Test
    void anItemBecomesAMeasureOnce() {
        ActionItemStatus.requireConvertible("OPEN");
        ActionItemStatus.requireConvertible("DONE");
        assertThatThrownBy(() -> ActionItemStatus.requireConvertible("CONVERTED"))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.actionItem.converted");
    }
}
