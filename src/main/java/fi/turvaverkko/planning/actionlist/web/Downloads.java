package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.platform.TabularFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The headers of a file download. */
final class Downloads {

    private Downloads() {}

    static void start(HttpServletResponse response, TabularFormat format, String name) {
        start(
                response,
                format.contentType(),
                name + "-" + LocalDate.now(ZoneId.of("Europe/Helsinki")) + "." + format.extension());
    }

    static void start(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
