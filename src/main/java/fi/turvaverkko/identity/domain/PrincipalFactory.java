package fi.turvaverkko.identity.domain;

import fi.turvaverkko.identity.ActorDirectory;
import fi.turvaverkko.identity.ActorDirectory.ActorFacts;
import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Works out a user's rights from their roles and the actors they act for. */
@Component
public class PrincipalFactory {

    private final ObjectProvider<ActorDirectory> directory;

    PrincipalFactory(ObjectProvider<ActorDirectory> directory) {
        this.directory = directory;
    }

    public CurrentUser currentUser(UserView u) {
        Set<Long> actorIds = new HashSet<>();
        u.actorIds().forEach(a -> actorIds.add(Long.valueOf(a)));
        Set<Long> authority = new HashSet<>();
        Set<Long> regions = new HashSet<>();
        Set<Long> coordinates = new HashSet<>();
        ActorDirectory dir = directory.getIfAvailable();
        Map<Long, ActorFacts> facts = dir == null || actorIds.isEmpty() ? Map.of() : dir.facts(actorIds);
        boolean coordinator = u.roles().contains(Role.COORDINATOR.name());
        for (ActorFacts f : facts.values()) {
            if (f.authority()) {
                authority.add(f.actorId());
            }
            if (f.regionId() != null) {
                regions.add(f.regionId());
            }
            if (coordinator && f.leadOfRegionIds() != null) {
                coordinates.addAll(f.leadOfRegionIds());
                regions.addAll(f.leadOfRegionIds());
            }
        }
        return new CurrentUser(
                Long.valueOf(u.id()),
                u.username(),
                u.displayName(),
                Set.copyOf(u.roles()),
                Set.copyOf(actorIds),
                Set.copyOf(authority),
                Set.copyOf(regions),
                Set.copyOf(coordinates));
    }

    public static List<String> validRoles() {
        return List.of(Role.ADMIN.name(), Role.COORDINATOR.name(), Role.MEMBER.name());
    }
}
