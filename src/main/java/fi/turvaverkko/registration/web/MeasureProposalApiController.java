package fi.turvaverkko.registration.web;

import fi.turvaverkko.registration.domain.Decision;
import fi.turvaverkko.registration.domain.MeasureProposalCommand;
import fi.turvaverkko.registration.domain.MeasureProposalService;
import fi.turvaverkko.registration.domain.MeasureProposalView;
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

/** {@code /api/v1/measure-proposals}: an organisation's users ask, the one who may answer approves or rejects. */
@RestController
@RequestMapping("/api/v1/measure-proposals")
class MeasureProposalApiController {

    private final MeasureProposalService service;

    MeasureProposalApiController(MeasureProposalService service) {
        this.service = service;
    }

    @GetMapping
    PageResult<MeasureProposalView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) Boolean toAnswer,
            @RequestParam(required = false) Boolean own,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(new RequestFilter(status, actorId, toAnswer, own), PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    MeasureProposalView one(@PathVariable String id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<MeasureProposalView> create(@RequestBody MeasureProposalView request) {
        MeasureProposalView created = service.create(MeasureProposalCommand.of(request));
        return ResponseEntity.created(URI.create("/api/v1/measure-proposals/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/approve")
    MeasureProposalView approve(@PathVariable String id) {
        return service.approve(id);
    }

    @PostMapping("/{id}/reject")
    MeasureProposalView reject(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return service.reject(id, decision);
    }
}
