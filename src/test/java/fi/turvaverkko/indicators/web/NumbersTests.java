package fi.turvaverkko.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers as people type them into the indicator forms. */
class NumbersTests {

    @Test
    void aDecimalCommaOrPointAndSpacesBetweenThousandsAreRead() {
        assertThat(Numbers.parse("value", "8,4")).isEqualByComparingTo("8.4");
        assertThat(Numbers.parse("value", "8.4")).isEqualByComparingTo("8.4");
        assertThat(Numbers.parse("value", "  1 234,5 ")).isEqualByComparingTo("1234.5");
        // a no-break space and a narrow no-break space, as spreadsheets and the page's own numbers have them
        assertThat(Numbers.parse("value", "12\u00a0345")).isEqualByComparingTo("12345");
        assertThat(Numbers.parse("value", "12\u202f345,0")).isEqualByComparingTo("12345");
    }

    @Test
    void aMinusSignOfTypographyIsAMinus() {
        assertThat(Numbers.parse("value", "\u22122,5")).isEqualByComparingTo(new BigDecimal("-2.5"));
        assertThat(Numbers.parse("value", "-0,1")).isEqualByComparingTo(new BigDecimal("-0.1"));
    }

    @Test
    void nothingGivenIsNoNumber() {
        assertThat(Numbers.parse("value", null)).isNull();
        assertThat(Numbers.parse("value", "  ")).isNull();
    }

    @Test
    void somethingElseIsAProblemOfItsFieldNamingWhatWasTyped() {
        assertThatThrownBy(() -> Numbers.parse("target", " 8,4 % "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("target");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("error.indicatorValue.number");
                    assertThat(e.problems().get(0).args()).containsExactly("8,4 %");
                });
        assertThatThrownBy(() -> Numbers.parse("value", "1,2,3")).isInstanceOf(InvalidInputException.class);
    }
}
