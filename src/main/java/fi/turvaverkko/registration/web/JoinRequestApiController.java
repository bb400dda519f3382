package fi.turvaverkko.registration.web;

import fi.turvaverkko.registration.domain.Decision;
import fi.turvaverkko.registration.domain.JoinRequestCommand;
import fi.turvaverkko.registration.domain.JoinRequestService;
import fi.turvaverkko.registration.domain.JoinRequestView;
import fi.turvaverkko.registration.domain.RequestFilter;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/join-requests}: an organisation's users ask, the one who may answer approves or rejects. */
@RestController
@RequestMapping("/api/v1/join-requests")
class JoinRequestApiController {

    private final JoinRequestService service;

    JoinRequestApiController(JoinRequestService service) {
        this.service = service;
    }

    @GetMapping
    PageResult<JoinRequestView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) String groupId,
            @RequestParam(required = false) Boolean toAnswer,
            @RequestParam(required = false) Boolean own,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(
                new RequestFilter(status, actorId, toAnswer, own), groupId, PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    JoinRequestView one(@PathVariable String id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<JoinRequestView> create(@RequestBody JoinRequestView request) {
        JoinRequestView created = service.create(JoinRequestCommand.of(request));
        return ResponseEntity.created(URI.create("/api/v1/join-requests/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/approve")
    JoinRequestView approve(@PathVariable String id) {
        return service.approve(id);
    }

    @PostMapping("/{id}/reject")
    JoinRequestView reject(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return service.reject(id, decision);
    }
}
