package fi.turvaverkko.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times, the one way: as text in the reader's language and in Finnish time whatever the
 * server's zone (fi “7.12.2026 klo 14.05”, sv “7.12.2026 kl. 14.05”, en “7 Dec 2026, 14:05”), and
 * as the ISO values of the browser's own date fields ({@code type=date} holds {@code 2026-12-07},
 * {@code type=datetime-local} holds {@code 2026-12-07T14:05}). Templates call
 * {@code ${@time.dateTime(t)}}, {@code ${@time.date(d)}}, {@code ${@time.span(a, b)}}; Java code that
 * writes for a given language (PDF, mail, XLSX) calls the static forms with a {@link Locale}.
 */
@Component("time")
public class TimeFormat {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter FINNISH_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> TYPED_DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu H.mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu 'klo' H.mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu 'kl.' H.mm").withResolverStyle(ResolverStyle.STRICT));

    /** The conventions of one language: a day, a clock time, and the word between them. */
    private record Style(DateTimeFormatter date, DateTimeFormatter clock, String joiner, String dash) {}

    private static final Style FINNISH =
            new Style(DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("H.mm"), " klo ", "–");
    private static final Style SWEDISH =
            new Style(DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("H.mm"), " kl. ", "–");
    private static final Style ENGLISH = new Style(
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("HH:mm"),
            ", ",
            " – ");

    private static Style style(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        return switch (lang) {
            case "sv" -> SWEDISH;
            case "en" -> ENGLISH;
            default -> FINNISH;
        };
    }

    private static Locale current() {
        return LocaleContextHolder.getLocale();
    }

    // as text, in the language of the current request

    public String dateTime(OffsetDateTime t) {
        return dateTime(t, current());
    }

    public String date(OffsetDateTime t) {
        return date(t, current());
    }

    public String date(LocalDate d) {
        return date(d, current());
    }

    public String clock(OffsetDateTime t) {
        return clock(t, current());
    }

    /** A start and an optional end: “1.2.2026 klo 13.00–15.00”. */
    public String span(OffsetDateTime start, OffsetDateTime end) {
        return span(start, end, current());
    }

    /** A term of dates: “1.1.2025–31.12.2028”, with either end open. */
    public String term(LocalDate start, LocalDate end) {
        return term(start, end, current());
    }

    // as text, in a given language

    public static String dateTime(OffsetDateTime t, Locale locale) {
        if (t == null) {
            return "";
        }
        Style s = style(locale);
        ZonedDateTime z = t.atZoneSameInstant(HELSINKI);
        return z.format(s.date()) + s.joiner() + z.format(s.clock());
    }

    public static String dateTime(LocalDateTime t, Locale locale) {
        return t == null ? "" : dateTime(t.atZone(HELSINKI).toOffsetDateTime(), locale);
    }

    public static String date(OffsetDateTime t, Locale locale) {
        return t == null
                ? ""
                : t.atZoneSameInstant(HELSINKI).format(style(locale).date());
    }

    public static String date(LocalDate d, Locale locale) {
        return d == null ? "" : d.format(style(locale).date());
    }

    public static String clock(OffsetDateTime t, Locale locale) {
        return t == null
                ? ""
                : t.atZoneSameInstant(HELSINKI).format(style(locale).clock());
    }

    public static String span(OffsetDateTime start, OffsetDateTime end, Locale locale) {
        if (start == null) {
            return "";
        }
        if (end == null) {
            return dateTime(start, locale);
        }
        boolean sameDay = start.atZoneSameInstant(HELSINKI)
                .toLocalDate()
                .equals(end.atZoneSameInstant(HELSINKI).toLocalDate());
        return dateTime(start, locale)
                + (sameDay ? "–" + clock(end, locale) : style(locale).dash() + dateTime(end, locale));
    }

    public static String term(LocalDate start, LocalDate end, Locale locale) {
        if (start == null && end == null) {
            return "–";
        }
        Style s = style(locale);
        String dash = start == null || end == null ? "–" : s.dash();
        return date(start, locale) + dash + date(end, locale);
    }

    /**
     * A date or a time given as a message argument, in the message's language: a day for a
     * {@link LocalDate}, a day and a clock time for the rest; null for anything else.
     */
    public static String text(Object value, Locale locale) {
        if (value instanceof LocalDate d) {
            return date(d, locale);
        } else if (value instanceof OffsetDateTime t) {
            return dateTime(t, locale);
        } else if (value instanceof ZonedDateTime t) {
            return dateTime(t.toOffsetDateTime(), locale);
        } else if (value instanceof Instant t) {
            return dateTime(t.atOffset(java.time.ZoneOffset.UTC), locale);
        } else if (value instanceof LocalDateTime t) {
            return dateTime(t, locale);
        }
        return null;
    }

    // the browser's date fields

    /**
     * The value of a native {@code <input type=date>} ({@code 2026-12-07}) or
     * {@code type=datetime-local} ({@code 2026-12-07T14:05}, Finnish time) for a value of any of
     * the types forms hold, or for text typed as 7.12.2026 (14.05); empty for nothing or for text
     * that is no date (a browser throws such a value away anyway). The form fragment calls this for
     * every date field, so a form cannot show a value its field would drop.
     */
    public String input(String type, Object value) {
        boolean withTime = "datetime-local".equals(type);
        if (value == null) {
            return "";
        }
        LocalDateTime t = null;
        LocalDate d = null;
        if (value instanceof LocalDate x) {
            d = x;
        } else if (value instanceof LocalDateTime x) {
            t = x;
        } else if (value instanceof OffsetDateTime x) {
            t = x.atZoneSameInstant(HELSINKI).toLocalDateTime();
        } else if (value instanceof ZonedDateTime x) {
            t = x.withZoneSameInstant(HELSINKI).toLocalDateTime();
        } else if (value instanceof Instant x) {
            t = LocalDateTime.ofInstant(x, HELSINKI);
        } else {
            String s = value.toString().trim();
            if (s.isEmpty()) {
                return "";
            }
            t = parseDateTime(s);
            if (t == null) {
                d = parseDate(s);
            }
        }
        if (withTime) {
            if (t == null && d != null) {
                t = d.atStartOfDay();
            }
            return t == null ? "" : t.truncatedTo(ChronoUnit.MINUTES).format(ISO_DATE_TIME);
        }
        if (d == null && t != null) {
            d = t.toLocalDate();
        }
        return d == null ? "" : d.format(ISO_DATE);
    }

    /** The ISO text of a date field: 2026-12-07. */
    public static String isoDate(LocalDate d) {
        return d == null ? "" : d.format(ISO_DATE);
    }

    /** The ISO text of a date-time field in Finnish time: 2026-12-07T14:05. */
    public static String isoDateTime(LocalDateTime t) {
        return t == null ? "" : t.truncatedTo(ChronoUnit.MINUTES).format(ISO_DATE_TIME);
    }

    /**
     * A day as a date field sends it (2026-12-07) or as a person types it (7.12.2026); null when it
     * is neither.
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        try {
            return s.contains(".") ? LocalDate.parse(s, FINNISH_DATE) : LocalDate.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A local time as a date-time field sends it (2026-12-07T14:05, seconds allowed) or as a person
     * types it (7.12.2026 14.05, 14:05, “klo 14.05”); null when it is neither.
     */
    public static LocalDateTime parseDateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        if (s.indexOf('T') > 0) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeException e) {
                return null;
            }
        }
        for (DateTimeFormatter f : TYPED_DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeException e) {
                // try the next
            }
        }
        return null;
    }

    /** {@link #parseDateTime(String)} as an instant in Finnish time. */
    public static OffsetDateTime parseFinnishTime(String text) {
        LocalDateTime t = parseDateTime(text);
        return t == null ? null : t.atZone(HELSINKI).toOffsetDateTime();
    }
}
