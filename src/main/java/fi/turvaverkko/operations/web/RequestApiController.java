package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.CommitmentView;
import fi.turvaverkko.operations.OfferView;
import fi.turvaverkko.operations.RequestView;
import fi.turvaverkko.operations.domain.RequestService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests, offers and commitments: {@code /api/v1/requests}, {@code /api/v1/offers},
 * {@code /api/v1/commitments}, each also as an EDXL-RM-shaped message ({@code …/edxl}).
 */
@RestController
class RequestApiController {

    private final RequestService requests;

    RequestApiController(RequestService requests) {
        this.requests = requests;
    }

    @GetMapping("/api/v1/requests/{id}")
    RequestView request(@PathVariable String id) {
        return requests.get(id);
    }

    @GetMapping("/api/v1/requests/{id}/edxl")
    Map<String, Object> requestMessage(@PathVariable String id) {
        return requests.requestMessage(id);
    }

    @PostMapping("/api/v1/requests/{id}/cancel")
    RequestView cancel(@PathVariable String id) {
        return requests.cancel(id);
    }

    @GetMapping("/api/v1/requests/{id}/offers")
    Map<String, List<OfferView>> offers(@PathVariable String id) {
        return Map.of("content", requests.offers(id));
    }

    @PostMapping("/api/v1/requests/{id}/offers")
    ResponseEntity<OfferView> offer(@PathVariable String id, @RequestBody RequestService.OfferCommand offer) {
        OfferView created = requests.offer(id, offer);
        return ResponseEntity.created(URI.create("/api/v1/offers/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/offers/{id}")
    OfferView offer(@PathVariable String id) {
        return requests.offer(id);
    }

    @GetMapping("/api/v1/offers/{id}/edxl")
    Map<String, Object> offerMessage(@PathVariable String id) {
        return requests.offerMessage(id);
    }

    @PostMapping("/api/v1/offers/{id}/withdraw")
    OfferView withdraw(@PathVariable String id) {
        return requests.withdraw(id);
    }

    @PostMapping("/api/v1/offers/{id}/commit")
    ResponseEntity<CommitmentView> commit(
            @PathVariable String id, @RequestBody(required = false) RequestService.CommitCommand command) {
        CommitmentView created = requests.commit(id, command);
        return ResponseEntity.created(URI.create("/api/v1/commitments/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/commitments/{id}")
    CommitmentView commitment(@PathVariable String id) {
        return requests.commitment(id);
    }

    @GetMapping("/api/v1/commitments/{id}/edxl")
    Map<String, Object> commitmentMessage(@PathVariable String id) {
        return requests.commitmentMessage(id);
    }

    @PostMapping("/api/v1/commitments/{id}/deploy")
    CommitmentView deploy(@PathVariable String id) {
        return requests.deploy(id);
    }

    @PostMapping("/api/v1/commitments/{id}/release")
    CommitmentView release(@PathVariable String id) {
        return requests.release(id);
    }
}
