package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Dates and times as each language writes them, and the ISO values of the browser's date fields. */
class TimeFormatTests {

    static final Locale FI = Locale.forLanguageTag("fi");
    static final Locale SV = Locale.forLanguageTag("sv");
    static final Locale EN = Locale.forLanguageTag("en");

    /** 14.05 in Helsinki in winter (UTC+2). */
    static final OffsetDateTime T = OffsetDateTime.of(2026, 12, 7, 12, 5, 0, 0, ZoneOffset.UTC);

    final TimeFormat time = new TimeFormat();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void finnish() {
        assertThat(TimeFormat.dateTime(T, FI)).isEqualTo("7.12.2026 klo 14.05");
        assertThat(TimeFormat.date(LocalDate.of(2026, 12, 7), FI)).isEqualTo("7.12.2026");
        assertThat(TimeFormat.clock(T.minusHours(5), FI)).isEqualTo("9.05");
        assertThat(TimeFormat.span(T, T.plusHours(2), FI)).isEqualTo("7.12.2026 klo 14.05–16.05");
        assertThat(TimeFormat.term(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), FI))
                .isEqualTo("1.1.2025–31.12.2028");
    }

    @Test
    void swedishSaysKl() {
        assertThat(TimeFormat.dateTime(T, SV)).isEqualTo("7.12.2026 kl. 14.05");
        assertThat(TimeFormat.dateTime(T, SV)).doesNotContain("klo");
        assertThat(TimeFormat.span(T, T.plusDays(1), SV)).isEqualTo("7.12.2026 kl. 14.05–8.12.2026 kl. 14.05");
    }

    @Test
    void english() {
        assertThat(TimeFormat.dateTime(T, EN)).isEqualTo("7 Dec 2026, 14:05");
        assertThat(TimeFormat.date(LocalDate.of(2026, 9, 1), EN)).isEqualTo("1 Sep 2026");
        assertThat(TimeFormat.span(T, T.plusHours(2), EN)).isEqualTo("7 Dec 2026, 14:05–16:05");
        assertThat(TimeFormat.term(LocalDate.of(2025, 1, 1), null, EN)).isEqualTo("1 Jan 2025–");
    }

    @Test
    void summerTimeIsFinnishTimeToo() {
        OffsetDateTime summer = OffsetDateTime.of(2026, 6, 1, 12, 5, 0, 0, ZoneOffset.UTC);
        assertThat(TimeFormat.dateTime(summer, FI)).isEqualTo("1.6.2026 klo 15.05");
    }

    @Test
    void theTemplateHelperWritesInTheLanguageOfTheRequest() {
        LocaleContextHolder.setLocale(SV);
        assertThat(time.dateTime(T)).isEqualTo("7.12.2026 kl. 14.05");
        LocaleContextHolder.setLocale(EN);
        assertThat(time.dateTime(T)).isEqualTo("7 Dec 2026, 14:05");
        LocaleContextHolder.setLocale(FI);
        assertThat(time.dateTime(T)).isEqualTo("7.12.2026 klo 14.05");
        assertThat(time.dateTime(null)).isEmpty();
    }

    @Test
    void aDateFieldHoldsAnIsoValueWhateverTheFormHolds() {
        assertThat(time.input("date", LocalDate.of(2026, 1, 1))).isEqualTo("2026-01-01");
        assertThat(time.input("date", "1.1.2026")).isEqualTo("2026-01-01");
        assertThat(time.input("date", "2026-01-01")).isEqualTo("2026-01-01");
        assertThat(time.input("date", "")).isEmpty();
        assertThat(time.input("date", "huomenna")).isEmpty();
        assertThat(time.input("date", null)).isEmpty();
        assertThat(time.input("datetime-local", LocalDateTime.of(2026, 1, 31, 13, 0, 59)))
                .isEqualTo("2026-01-31T13:00");
        assertThat(time.input("datetime-local", T)).isEqualTo("2026-12-07T14:05");
        assertThat(time.input("datetime-local", "7.12.2026 14.05")).isEqualTo("2026-12-07T14:05");
        assertThat(time.input("datetime-local", "2026-12-07T14:05")).isEqualTo("2026-12-07T14:05");
    }

    @Test
    void parsingAcceptsIsoAndWhatPeopleType() {
        assertThat(TimeFormat.parseDate("2026-12-07")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TimeFormat.parseDate(" 7.12.2026 ")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TimeFormat.parseDate("31.2.2026")).isNull();
        assertThat(TimeFormat.parseDate("7/12/2026")).isNull();
        LocalDateTime t = LocalDateTime.of(2026, 12, 7, 14, 5);
        assertThat(TimeFormat.parseDateTime("2026-12-07T14:05")).isEqualTo(t);
        assertThat(TimeFormat.parseDateTime("2026-12-07T14:05:00")).isEqualTo(t);
        assertThat(TimeFormat.parseDateTime("7.12.2026 14.05")).isEqualTo(t);
        assertThat(TimeFormat.parseDateTime("7.12.2026 klo 14.05")).isEqualTo(t);
        assertThat(TimeFormat.parseDateTime("7.12.2026 kl. 14.05")).isEqualTo(t);
        assertThat(TimeFormat.parseDateTime("7.12.2026 14:05")).isEqualTo(t);
        assertThat(TimeFormat.parseDateTime("14.05")).isNull();
    }
}
