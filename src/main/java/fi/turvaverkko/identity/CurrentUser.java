package fi.turvaverkko.identity;

import fi.turvaverkko.identity.domain.UserPrincipal;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person making the request and the rights that follow from who they act for. Anonymous
 * callers get {@link #ANONYMOUS}, which may read public data only.
 *
 * @param id user id, {@code null} for anonymous
 * @param actorIds the actors the user acts for
 * @param authorityActorIds those of them that are authorities
 * @param regionIds the regions of those actors' home areas
 * @param coordinatorRegionIds regions whose lead actor the user acts for with the COORDINATOR role
 */
public record CurrentUser(
        Long id,
        String username,
        String displayName,
        Set<String> roles,
        Set<Long> actorIds,
        Set<Long> authorityActorIds,
        Set<Long> regionIds,
        Set<Long> coordinatorRegionIds) {

    public static final CurrentUser ANONYMOUS =
            new CurrentUser(null, "anonymous", "", Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** The user of the current request. */
    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UserPrincipal p) {
            return p.user();
        }
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return id == null;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN.name());
    }

    /** Acts for at least one authority (docs/rights.md). */
    public boolean isAuthority() {
        return !authorityActorIds.isEmpty();
    }

    /** Coordinator of some region. */
    public boolean isCoordinator() {
        return !coordinatorRegionIds.isEmpty();
    }

    public boolean isCoordinatorOf(Long regionId) {
        return regionId != null && coordinatorRegionIds.contains(regionId);
    }

    public boolean actsFor(Long actorId) {
        return actorId != null && actorIds.contains(actorId);
    }

    /** The region shown in the page frame: where the user coordinates, else their actors' region. */
    public Long primaryRegionId() {
        if (!coordinatorRegionIds.isEmpty()) {
            return coordinatorRegionIds.stream().sorted().findFirst().orElse(null);
        }
        return regionIds.stream().sorted().findFirst().orElse(null);
    }
}
