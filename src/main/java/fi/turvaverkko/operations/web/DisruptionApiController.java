package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.LogEntryView;
import fi.turvaverkko.operations.RequestView;
import fi.turvaverkko.operations.SituationPicture;
import fi.turvaverkko.operations.domain.LiveEvents;
import fi.turvaverkko.operations.domain.RequestService;
import fi.turvaverkko.operations.domain.SitrepService;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /api/v1/disruptions}: disruptions, their log, requests, live events and situation reports. */
@RestController
@RequestMapping("/api/v1/disruptions")
class DisruptionApiController {

    private final DisruptionService disruptions;
    private final RequestService requests;
    private final SitrepService sitreps;
    private final LiveEvents live;

    DisruptionApiController(
            DisruptionService disruptions, RequestService requests, SitrepService sitreps, LiveEvents live) {
        this.disruptions = disruptions;
        this.requests = requests;
        this.sitreps = sitreps;
        this.live = live;
    }

    @GetMapping
    PageResult<DisruptionView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return disruptions.list(status, kind, region, q, PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    DisruptionView one(@PathVariable String id) {
        return disruptions.get(id);
    }

    @PostMapping
    ResponseEntity<DisruptionView> create(@RequestBody DisruptionView d) {
        DisruptionView created = disruptions.create(d);
        return ResponseEntity.created(URI.create("/api/v1/disruptions/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    DisruptionView update(@PathVariable String id, @RequestBody DisruptionView d) {
        return disruptions.update(id, d);
    }

    /** The status change: {@code {"status": "ACTIVE"}}. */
    record StatusChange(String status) {}

    @PostMapping("/{id}/status")
    DisruptionView status(@PathVariable String id, @RequestBody StatusChange change) {
        return disruptions.changeStatus(id, change.status());
    }

    @GetMapping("/{id}/log")
    PageResult<LogEntryView> log(
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return disruptions.log(id, kind, from, to, PageParams.of(page, size, sort));
    }

    @PostMapping("/{id}/log")
    ResponseEntity<LogEntryView> addLog(@PathVariable String id, @RequestBody DisruptionService.LogCommand entry) {
        LogEntryView created = disruptions.addLog(id, entry);
        return ResponseEntity.created(URI.create("/api/v1/disruptions/" + id + "/log/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}/picture")
    SituationPicture picture(@PathVariable String id) {
        return disruptions.picture(id);
    }

    @GetMapping("/{id}/requests")
    PageResult<RequestView> requests(
            @PathVariable String id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return requests.list(id, status, PageParams.of(page, size, null));
    }

    @PostMapping("/{id}/requests")
    ResponseEntity<RequestView> request(@PathVariable String id, @RequestBody RequestService.RequestCommand request) {
        RequestView created = requests.request(id, request);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id()))
                .body(created);
    }

    /**
     * The live events of a disruption as Server-Sent Events; a client that reconnects sends
     * {@code Last-Event-ID} (or {@code ?lastEventId=}) and gets what it missed first.
     */
    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(
            @PathVariable String id,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParam) {
        DisruptionView d = disruptions.get(id);
        String last = lastEventId != null ? lastEventId : lastEventIdParam;
        Long from = null;
        if (last != null && !last.isBlank()) {
            try {
                from = Long.valueOf(last.trim());
            } catch (NumberFormatException e) {
                throw new fi.turvaverkko.shared.InvalidInputException("Last-Event-ID", "validation.format");
            }
        }
        return ResponseEntity.ok()
                .header("X-Accel-Buffering", "no")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(live.subscribe(Long.parseLong(d.id()), from));
    }

    /** An event stream whose client went away: nothing to answer, nothing worth an error in the log. */
    @org.springframework.web.bind.annotation.ExceptionHandler(
            org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    void clientGone() {
        // the stream is removed from LiveEvents by its completion callback
    }

    @GetMapping("/{id}/sitrep.pdf")
    ResponseEntity<byte[]> sitrep(@PathVariable String id, @RequestParam(required = false) Integer number) {
        byte[] pdf = sitreps.render(id, number, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tilannekatsaus-" + id + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/{id}/sitreps")
    Map<String, Object> sitreps(@PathVariable String id) {
        List<SitrepService.SitrepView> all = sitreps.list(id);
        return Map.of("content", all);
    }

    @PostMapping("/{id}/sitreps")
    ResponseEntity<SitrepService.SitrepView> issue(
            @PathVariable String id, @RequestBody(required = false) SitrepService.SitrepCommand command) {
        SitrepService.SitrepView issued = sitreps.issue(
                id, command == null ? new SitrepService.SitrepCommand(null, null, null, null, null) : command);
        return ResponseEntity.created(URI.create("/api/v1/disruptions/" + id + "/sitrep.pdf?number=" + issued.number()))
                .body(issued);
    }
}
