package fi.turvaverkko.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A user as an admin creates or changes it. The password is only read when creating or when set.
 *
 * @param status ACTIVE, PENDING, REJECTED or DISABLED
 */
public record UserCommand(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{2,60}", message = "pattern.username")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        List<String> roles,
        String status,
        List<String> actorIds,
        @Size(max = 200) String password,
        Long version) {}
