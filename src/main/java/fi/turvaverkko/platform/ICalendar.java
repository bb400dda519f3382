package fi.turvaverkko.platform;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes an iCalendar (RFC 5545) feed: escaped text, UTC times and lines folded at 75 octets. */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private final StringBuilder out = new StringBuilder();

    public ICalendar(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Turvaverkko//Turvaverkko//FI");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(name));
    }

    /** Adds an event; {@code end} may be null (then one hour). */
    public ICalendar event(
            String uid,
            OffsetDateTime start,
            OffsetDateTime end,
            String summary,
            String location,
            String description,
            String url,
            String status) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + utc(OffsetDateTime.now()));
        line("DTSTART:" + utc(start));
        line("DTEND:" + utc(end == null ? start.plusHours(1) : end));
        line("SUMMARY:" + text(summary));
        if (location != null && !location.isBlank()) {
            line("LOCATION:" + text(location));
        }
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + text(description));
        }
        if (url != null) {
            line("URL:" + url);
        }
        if (status != null) {
            line("STATUS:" + status);
        }
        line("END:VEVENT");
        return this;
    }

    public String build() {
        return out + "END:VCALENDAR\r\n";
    }

    private static String utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds a content line so that no physical line is longer than 75 octets (UTF-8 safe). */
    private void line(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int limit = 75;
        int count = 0;
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (count + len > limit) {
                out.append(piece).append("\r\n ");
                piece.setLength(0);
                count = 0;
                limit = 74;
            }
            piece.appendCodePoint(cp);
            count += len;
            i += Character.charCount(cp);
        }
        out.append(piece).append("\r\n");
    }
}
