package fi.turvaverkko.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times as Finnish people read them, in Finnish time whatever the server's zone: templates call
 * {@code ${@time.dateTime(t)}}, {@code ${@time.date(d)}} and {@code ${@time.clock(t)}}.
 */
@Component("time")
public class TimeFormat {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' HH.mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

    public String dateTime(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(HELSINKI).format(DATE_TIME);
    }

    public String date(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(HELSINKI).format(DATE);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    public String clock(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(HELSINKI).format(CLOCK);
    }

    /** A start and an optional end: "1.2.2026 klo 13.00–15.00". */
    public String span(OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return dateTime(start);
        }
        boolean sameDay = start.atZoneSameInstant(HELSINKI)
                .toLocalDate()
                .equals(end.atZoneSameInstant(HELSINKI).toLocalDate());
        return dateTime(start) + "–" + (sameDay ? clock(end) : dateTime(end));
    }

    /** A term of dates: "1.1.2025–31.12.2028", with either end open. */
    public String term(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "–";
        }
        return date(start) + "–" + date(end);
    }
}
