package fi.turvaverkko.identity.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a user stands: only an {@code ACTIVE} user may log in. A self-registered user is {@code
 * PENDING} until the coordinator approves ({@code ACTIVE}) or rejects ({@code REJECTED}) the
 * registration; an admin may set any status, e.g. {@code DISABLED} for someone who has left.
 */
public enum UserStatus {
    ACTIVE,
    PENDING,
    REJECTED,
    DISABLED;

    /** The statuses by name, in the order the admin pages offer them. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The status of that name; empty for anything else (a blank or unknown name). */
    public static Optional<UserStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    public boolean mayLogIn() {
        return this == ACTIVE;
    }
}
