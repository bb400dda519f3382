package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the API takes the caller to be. */
@RestController
class MeApiController {

    /** The caller and the rights that follow from their actors. */
    record Me(
            String id,
            String username,
            String displayName,
            List<String> roles,
            List<String> actorIds,
            boolean authority,
            List<String> coordinatorRegionIds) {}

    @GetMapping("/api/v1/me")
    Me me() {
        CurrentUser u = CurrentUser.get();
        return new Me(
                String.valueOf(u.id()),
                u.username(),
                u.displayName(),
                u.roles().stream().sorted().toList(),
                u.actorIds().stream().sorted().map(String::valueOf).toList(),
                u.isAuthority(),
                u.coordinatorRegionIds().stream().sorted().map(String::valueOf).toList());
    }
}
