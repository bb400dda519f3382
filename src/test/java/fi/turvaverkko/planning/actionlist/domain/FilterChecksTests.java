package fi.turvaverkko.planning.actionlist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What can be an id in a filter, and how the import splits a cell of several values. */
class FilterChecksTests {

    @Test
    void anIdIsOneToEighteenDigits() {
        assertThat(FilterChecks.digits("1")).isTrue();
        assertThat(FilterChecks.digits("123456789012345678")).isTrue();
        assertThat(FilterChecks.digits("1234567890123456789")).isFalse();
        assertThat(FilterChecks.digits("")).isFalse();
        assertThat(FilterChecks.digits("12a")).isFalse();
        assertThat(FilterChecks.digits("-1")).isFalse();
        assertThat(FilterChecks.digits("١٢")).isFalse();
    }

    @Test
    void aBlankTextIsNoneAndAnIdThatCannotBeOneIsUnknown() {
        assertThat(MeasureChecks.blank("  ")).isNull();
        assertThat(MeasureChecks.blank(null)).isNull();
        assertThat(MeasureChecks.blank(" x ")).isEqualTo("x");
        assertThat(MeasureChecks.idOrNull(null)).isNull();
        assertThat(MeasureChecks.idOrNull("42")).isEqualTo(42L);
        assertThat(MeasureChecks.idOrNull("forty-two")).isEqualTo(-1L);
    }

    @Test
    void aMeasureCodeStartsWithALetterOrDigitAndHasAtMostThirtyCharacters() {
        assertThat(MeasureChecks.CODE.matcher("A1.1").matches()).isTrue();
        assertThat(MeasureChecks.CODE.matcher("Ä-2/b_c d").matches()).isTrue();
        assertThat(MeasureChecks.CODE.matcher(".1").matches()).isFalse();
        assertThat(MeasureChecks.CODE.matcher("x".repeat(31)).matches()).isFalse();
        assertThat(MeasureChecks.CODE.matcher("x".repeat(30)).matches()).isTrue();
    }
}
