package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.domain.CapService;
import fi.turvaverkko.platform.BodyLimit;
import fi.turvaverkko.platform.PublicLink;
import fi.turvaverkko.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** CAP 1.2: {@code POST /api/v1/cap/import} and the public feed {@code /api/v1/public/cap}. */
@RestController
class CapApiController {

    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final CapService cap;

    CapApiController(CapService cap) {
        this.cap = cap;
    }

    @PostMapping(
            value = "/api/v1/cap/import",
            consumes = {"application/xml", "text/xml", "application/cap+xml"})
    @ApiResponse(responseCode = "201", description = "A new disruption opened from the alert (Location names it).")
    @ApiResponse(
            responseCode = "200",
            description = "An update or cancellation applied to the disruption it references.")
    ResponseEntity<CapService.ImportResult> importXml(InputStream body) throws IOException {
        cap.requireImportRight();
        return answer(cap.importAlert(body.readAllBytes()));
    }

    @PostMapping(value = "/api/v1/cap/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "A new disruption opened from the alert (Location names it).")
    @ApiResponse(
            responseCode = "200",
            description = "An update or cancellation applied to the disruption it references.")
    ResponseEntity<CapService.ImportResult> importFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        cap.requireImportRight();
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        if (file.getSize() > fi.turvaverkko.operations.domain.CapXml.MAX_BYTES) {
            throw new fi.turvaverkko.shared.DomainException(
                    413, "error.cap.tooLarge", fi.turvaverkko.operations.domain.CapXml.MAX_BYTES / 1024);
        }
        return answer(cap.importAlert(file.getBytes()));
    }

    private static ResponseEntity<CapService.ImportResult> answer(CapService.ImportResult r) {
        if ("OPENED".equals(r.action())) {
            return ResponseEntity.created(URI.create("/api/v1/disruptions/" + r.disruptionId()))
                    .body(r);
        }
        return ResponseEntity.status(HttpStatus.OK).body(r);
    }

    @GetMapping("/api/v1/public/cap")
    ResponseEntity<String> feed(@RequestParam(required = false) String region) {
        return ResponseEntity.ok().contentType(ATOM).body(cap.feed(region));
    }

    @GetMapping("/api/v1/public/cap/{id}")
    ResponseEntity<String> alert(@PathVariable String id) {
        return ResponseEntity.ok().contentType(CAP).body(cap.alert(id));
    }

    /** An alert is small: a body over {@link fi.turvaverkko.operations.domain.CapXml#MAX_BYTES} is refused unread. */
    @Bean
    static BodyLimit capImportLimit() {
        return new BodyLimit("/api/v1/cap/import", DataSize.ofBytes(fi.turvaverkko.operations.domain.CapXml.MAX_BYTES));
    }

    @Bean
    static PublicLink capFeedLink() {
        return new PublicLink(60, "/api/v1/public/cap", "cap.public.feed", "cap.public.feed.description");
    }
}
