package fi.turvaverkko.registration.web;

import fi.turvaverkko.registration.domain.Decision;
import fi.turvaverkko.registration.domain.RequestFilter;
import fi.turvaverkko.registration.domain.ResourceOfferCommand;
import fi.turvaverkko.registration.domain.ResourceOfferService;
import fi.turvaverkko.registration.domain.ResourceOfferView;
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

/** {@code /api/v1/resource-offers}: an organisation's users ask, the one who may answer approves or rejects. */
@RestController
@RequestMapping("/api/v1/resource-offers")
class ResourceOfferApiController {

    private final ResourceOfferService service;

    ResourceOfferApiController(ResourceOfferService service) {
        this.service = service;
    }

    @GetMapping
    PageResult<ResourceOfferView> list(
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
    ResourceOfferView one(@PathVariable String id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<ResourceOfferView> create(@RequestBody ResourceOfferView request) {
        ResourceOfferView created = service.create(ResourceOfferCommand.of(request));
        return ResponseEntity.created(URI.create("/api/v1/resource-offers/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/approve")
    ResourceOfferView approve(@PathVariable String id) {
        return service.approve(id);
    }

    @PostMapping("/{id}/reject")
    ResourceOfferView reject(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return service.reject(id, decision);
    }
}
