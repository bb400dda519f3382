package fi.turvaverkko.identity.domain;

import fi.turvaverkko.identity.UserView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An admin changes a user: the writable fields only (the username never changes) and the version the
 * admin saw, so that a change made meanwhile is not overwritten.
 *
 * @param password a new password, or blank to keep the old one
 * @param version the version the admin saw; a stale one is refused with 409
 */
public record UpdateUser(
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        List<String> roles,
        String status,
        List<String> actorIds,
        @Size(max = 200) String password,
        Long version) {

    /** The user as it is now, for the form that changes it (the password left blank). */
    public static UpdateUser of(UserView u) {
        return new UpdateUser(u.displayName(), u.email(), u.roles(), u.status(), u.actorIds(), "", u.version());
    }
}
