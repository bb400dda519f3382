package fi.turvaverkko.registration.web;

import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.registration.domain.Decision;
import fi.turvaverkko.registration.domain.RegistrationCommand;
import fi.turvaverkko.registration.domain.RegistrationReceipt;
import fi.turvaverkko.registration.domain.RegistrationService;
import fi.turvaverkko.registration.domain.RegistrationView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrations}: anyone registers and confirms; the coordinator of the region lists,
 * approves and rejects. A registration answers 202 with the same body whether or not the address was
 * known; a username already in use is refused with 409 (ADR 0009).
 */
@RestController
@RequestMapping("/api/v1/registrations")
class RegistrationApiController {

    private final RegistrationService registrations;
    private final Messages messages;

    RegistrationApiController(RegistrationService registrations, Messages messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<RegistrationReceipt> register(@RequestBody RegistrationCommand cmd, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(registrations.register(cmd, request.getRemoteAddr()));
    }

    @PostMapping("/confirm/{token}")
    RegistrationReceipt confirm(@PathVariable String token) {
        registrations.confirm(token);
        return new RegistrationReceipt("CONFIRMED", messages.get("registration.confirmed"));
    }

    @GetMapping
    PageResult<RegistrationView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean confirmed,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return registrations.list(status, confirmed, q, PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    RegistrationView one(@PathVariable String id) {
        return registrations.get(id);
    }

    @PostMapping("/{id}/approve")
    RegistrationView approve(@PathVariable String id) {
        return registrations.approve(id);
    }

    @PostMapping("/{id}/reject")
    RegistrationView reject(@PathVariable String id, @RequestBody(required = false) Decision decision) {
        return registrations.reject(id, decision);
    }
}
