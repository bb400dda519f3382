package fi.turvaverkko.identity.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An admin creates a user: the writable fields only. Roles, status and actors come as the form sends
 * them (names and ids as text) and are checked by {@link Users#create}.
 *
 * @param roles role names; none means MEMBER
 * @param status a {@link UserStatus} name; none means ACTIVE
 * @param actorIds the actors the user acts for
 * @param password at least {@link Users#MIN_PASSWORD} characters
 */
public record CreateUser(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{2,60}", message = "pattern.username")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        List<String> roles,
        String status,
        List<String> actorIds,
        @Size(max = 200) String password) {

    /** The empty form of a new user: a member, active, acting for no one yet. */
    public static CreateUser blank() {
        return new CreateUser("", "", "", List.of("MEMBER"), "ACTIVE", List.of(), "");
    }
}
