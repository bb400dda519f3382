package fi.turvaverkko.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a value, a year and a text of the indicators are checked by. */
class IndicatorValidationTests {

    static IndicatorView indicator(String unit) {
        return new IndicatorView(
                "1",
                "TEST",
                "Testi",
                null,
                null,
                null,
                unit,
                "SOTKANET",
                null,
                "HIGHER_IS_WORSE",
                "LEADING",
                1,
                true,
                0L);
    }

    @Test
    void aValueIsRequiredAndNotAbsurdlyLarge() {
        assertThat(IndicatorValidation.valueProblem(indicator("PER_1000"), null))
                .isEqualTo("validation.required");
        assertThat(IndicatorValidation.valueProblem(indicator("PER_1000"), new BigDecimal("-12.5")))
                .isNull();
        assertThat(IndicatorValidation.valueProblem(indicator("PER_1000"), new BigDecimal("99999999999999")))
                .isNull();
        assertThat(IndicatorValidation.valueProblem(indicator("PER_1000"), new BigDecimal("100000000000000")))
                .isEqualTo("error.indicatorValue.tooLarge");
        assertThat(IndicatorValidation.valueProblem(null, new BigDecimal("-100000000000000")))
                .isEqualTo("error.indicatorValue.tooLarge");
    }

    @Test
    void aPercentageLiesBetweenZeroAndAHundred() {
        IndicatorView percent = indicator(IndicatorCatalogues.PERCENT);
        assertThat(IndicatorValidation.valueProblem(percent, BigDecimal.ZERO)).isNull();
        assertThat(IndicatorValidation.valueProblem(percent, new BigDecimal("100")))
                .isNull();
        assertThat(IndicatorValidation.valueProblem(percent, new BigDecimal("100.01")))
                .isEqualTo("error.indicatorValue.percent");
        assertThat(IndicatorValidation.valueProblem(percent, new BigDecimal("-0.1")))
                .isEqualTo("error.indicatorValue.percent");
        // an import row whose indicator is unknown is judged by the value alone
        assertThat(IndicatorValidation.valueProblem(null, new BigDecimal("250")))
                .isNull();
    }

    @Test
    void aProblemNamesItsField() {
        List<Problem> problems = new ArrayList<>();
        IndicatorValidation.value(indicator(IndicatorCatalogues.PERCENT), new BigDecimal("101"), "target", problems);
        assertThat(problems)
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("target", "error.indicatorValue.percent"));
    }

    @Test
    void aMeasuredYearIsNeitherBefore1900NorInTheFuture() {
        List<Problem> problems = new ArrayList<>();
        IndicatorValidation.measuredYear(1899, "year", problems);
        IndicatorValidation.measuredYear(1900, "year", problems);
        IndicatorValidation.measuredYear(IndicatorValidation.currentYear(), "year", problems);
        IndicatorValidation.measuredYear(IndicatorValidation.currentYear() + 1, "year", problems);
        IndicatorValidation.measuredYear(null, "year", problems);
        assertThat(problems)
                .extracting(Problem::messageKey)
                .containsExactly(
                        "error.indicatorValue.yearTooEarly", "error.indicatorValue.futureYear", "validation.required");
    }

    @Test
    void aTextIsRequiredWhenAskedAndNoLongerThanItsLimit() {
        List<Problem> problems = new ArrayList<>();
        IndicatorValidation.text(problems, "name", "  ", true, 10);
        IndicatorValidation.text(problems, "nameSv", null, false, 10);
        IndicatorValidation.text(problems, "nameEn", " kymmenen! ", false, 10);
        IndicatorValidation.text(problems, "description", "yksitoista!", false, 10);
        assertThat(problems).extracting(Problem::field).containsExactly("name", "description");
        assertThat(problems).extracting(Problem::messageKey).containsExactly("validation.required", "validation.size");
    }

    @Test
    void aCommandTakesEveryWritableFieldOfTheViewAndNoOther() {
        IndicatorView v = new IndicatorView(
                "77",
                "CODE",
                "Nimi",
                "Namn",
                "Name",
                "Kuvaus",
                "PERCENT",
                "SOTKANET",
                "ref",
                "HIGHER_IS_BETTER",
                "CURRENT_STATE",
                2,
                false,
                9L);
        IndicatorCommand c = IndicatorCommand.of(v);
        assertThat(c)
                .isEqualTo(new IndicatorCommand(
                        "CODE",
                        "Nimi",
                        "Namn",
                        "Name",
                        "Kuvaus",
                        "PERCENT",
                        "SOTKANET",
                        "ref",
                        "HIGHER_IS_BETTER",
                        "CURRENT_STATE",
                        2,
                        false));
        assertThat(IndicatorCommand.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("id", "version");
    }

    @Test
    void theCommandsOfValuesAndTargetsTakeNoIdNorVersionNorTheTargetsIndicator() {
        assertThat(IndicatorValueCommand.of(
                        new IndicatorValueView("5", "1", "TEST", "9", "698", 2024, BigDecimal.TEN, 3L)))
                .isEqualTo(new IndicatorValueCommand("1", "TEST", "9", "698", 2024, BigDecimal.TEN));
        assertThat(IndicatorTargetCommand.of(
                        new IndicatorTargetView("5", "1", "44", "9", "698", 2030, BigDecimal.ONE, "Huom.", 3L)))
                .isEqualTo(new IndicatorTargetCommand("44", "9", "698", 2030, BigDecimal.ONE, "Huom."));
        assertThat(IndicatorValueCommand.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("id", "version");
        assertThat(IndicatorTargetCommand.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("id", "version", "indicatorId");
    }
}
