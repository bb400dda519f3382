package fi.turvaverkko.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The business ID's check digit. */
class BusinessIdTests {

    @Test
    void validIdsPass() {
        assertThat(BusinessId.isValid("1572860-0")).isTrue();
        assertThat(BusinessId.isValid("0737546-2")).isTrue();
        assertThat(BusinessId.isValid(" 0737546-2 ")).isTrue();
        // the old six-digit form gets its leading zero back
        assertThat(BusinessId.normalize("737546-2")).isEqualTo("0737546-2");
        assertThat(BusinessId.isValid("737546-2")).isTrue();
    }

    @Test
    void wrongCheckDigitsAndFormsFail() {
        assertThat(BusinessId.isValid("1234567-8")).isFalse();
        assertThat(BusinessId.isValid("1572860-1")).isFalse();
        assertThat(BusinessId.isValid("15728600")).isFalse();
        assertThat(BusinessId.isValid("FI15728600")).isFalse();
        assertThat(BusinessId.isValid("")).isFalse();
        assertThat(BusinessId.isValid(null)).isFalse();
    }

    @Test
    void remainderOneIsNeverIssued() {
        // 0000100 weighs 1 x 8 = 8: 11 - 8 = 3
        assertThat(BusinessId.checkDigit("0000100")).isEqualTo(3);
        // 1000002 weighs 7 + 4 = 11: remainder 0, check digit 0
        assertThat(BusinessId.checkDigit("1000002")).isZero();
        // 0000003 weighs 3 x 2 = 6: 11 - 6 = 5
        assertThat(BusinessId.checkDigit("0000003")).isEqualTo(5);
        // 0000006 weighs 6 x 2 = 12: remainder 1, which no ID has
        assertThat(BusinessId.checkDigit("0000006")).isNull();
        for (int d = 0; d <= 9; d++) {
            assertThat(BusinessId.isValid("0000006-" + d)).isFalse();
        }
    }
}
