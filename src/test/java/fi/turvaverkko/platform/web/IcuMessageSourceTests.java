package fi.turvaverkko.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The application's texts as people read them: counted nouns follow each language's plural rules
 * (1, 2 and 0 in Finnish, Swedish and English), a year is never grouped, dates and times in an
 * argument are written in the text's language.
 */
class IcuMessageSourceTests {

    static IcuMessageSource messages;

    @BeforeAll
    static void load() throws IOException {
        Properties app = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        messages = new IcuMessageSource();
        messages.setBasenames(app.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    static String text(String lang, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fi | 1 | 1 tavoite, 1 toimenpide",
                "fi | 2 | 2 tavoitetta, 2 toimenpidettä",
                "fi | 0 | 0 tavoitetta, 0 toimenpidettä",
                "sv | 1 | 1 mål, 1 åtgärd",
                "sv | 2 | 2 mål, 2 åtgärder",
                "sv | 0 | 0 mål, 0 åtgärder",
                "en | 1 | 1 goal, 1 measure",
                "en | 2 | 2 goals, 2 measures",
                "en | 0 | 0 goals, 0 measures",
            })
    void countedNounsFollowThePluralRulesOfEachLanguage(String lang, int n, String expected) {
        assertThat(text(lang, "programme.sizeValue", n, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fi | 1 | (1 toimenpide)",
                "fi | 2 | (2 toimenpidettä)",
                "fi | 0 | (0 toimenpidettä)",
                "sv | 1 | (1 åtgärd)",
                "sv | 2 | (2 åtgärder)",
                "sv | 0 | (0 åtgärder)",
                "en | 1 | (1 measure)",
                "en | 2 | (2 measures)",
                "en | 0 | (0 measures)",
            })
    void theBudgetCountsItsMeasuresRight(String lang, int n, String expected) {
        assertThat(text(lang, "budget.measureCount", n)).isEqualTo(expected);
    }

    @Test
    void aCountGroupsItsThousandsAsTheLanguageDoes() {
        assertThat(text("fi", "budget.measureCount", 12345)).isEqualTo("(12\u00a0345 toimenpidettä)");
        assertThat(text("en", "budget.measureCount", 12345)).isEqualTo("(12,345 measures)");
    }

    @Test
    void aCountGivenAsTextStillCounts() {
        assertThat(text("fi", "budget.measureCount", "1")).isEqualTo("(1 toimenpide)");
    }

    @Test
    void aUnitOfAResourceTakesThePluralItsNumberNeeds() {
        assertThat(text("fi", "resource.amount.PERSON", 1)).isEqualTo("1 henkilö");
        assertThat(text("fi", "resource.amount.PERSON", 3)).isEqualTo("3 henkilöä");
        assertThat(text("sv", "resource.amount.PERSON", 3)).isEqualTo("3 personer");
        assertThat(text("en", "resource.amount.PERSON", 1)).isEqualTo("1 person");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fi | +0,3 vuodesta 2027",
                "sv | +0,3 från 2027",
                "en | +0,3 since 2027",
            })
    void aYearIsNeverGrouped(String lang, String expected) {
        assertThat(text(lang, "indicator.card.change", "+0,3", 2027)).isEqualTo(expected);
        assertThat(text(lang, "cycle.draft.report", 2027)).contains("2027").doesNotContain("2 027", "2\u00a0027");
        assertThat(messages.format("{0}", new Object[] {2027L}, Locale.forLanguageTag(lang)))
                .isEqualTo("2027");
    }

    @Test
    void aDecimalArgumentIsWrittenInTheLanguagesNotation() {
        assertThat(messages.format("{0}", new Object[] {new BigDecimal("1234.5")}, Locale.forLanguageTag("fi")))
                .isEqualTo("1234,5");
        assertThat(messages.format("{0}", new Object[] {new BigDecimal("12345.5")}, Locale.forLanguageTag("en")))
                .isEqualTo("12,345.5");
    }

    @Test
    void aDateOrATimeInATextIsWrittenInItsLanguage() {
        OffsetDateTime t = OffsetDateTime.of(2026, 12, 7, 12, 5, 0, 0, ZoneOffset.UTC);
        assertThat(messages.format("{0}", new Object[] {t}, Locale.forLanguageTag("fi")))
                .isEqualTo("7.12.2026 klo 14.05");
        assertThat(messages.format("{0}", new Object[] {t}, Locale.forLanguageTag("sv")))
                .isEqualTo("7.12.2026 kl. 14.05");
        assertThat(messages.format("{0}", new Object[] {LocalDate.of(2026, 12, 7)}, Locale.forLanguageTag("en")))
                .isEqualTo("7 Dec 2026");
    }

    @Test
    void aTextWithoutArgumentsIsReturnedAsWritten() {
        assertThat(text("fi", "budget.total")).isEqualTo("Yhteensä");
    }
}
