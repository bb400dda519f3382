package fi.turvaverkko.resources.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.resources.DisruptionActivity;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The rights of issue 5 on resources: the owner's users and the coordinator of the region edit a
 * resource; its exact location and 24/7 contact (and a RESTRICTED resource altogether) are seen by
 * the owner, the coordinator, and authority users while a disruption is active in its region.
 */
@Component
public class ResourceAccess {

    private final NetworkAccess network;
    private final ObjectProvider<DisruptionActivity> activity;

    ResourceAccess(NetworkAccess network, ObjectProvider<DisruptionActivity> activity) {
        this.network = network;
        this.activity = activity;
    }

    /** What the current user may see beyond public data: their actors, and regions where they see all. */
    public record Privileges(Set<Long> actorIds, Set<Long> regionIds) {

        public boolean seesAll(Long ownerActorId, Long regionId) {
            return actorIds.contains(ownerActorId) || (regionId != null && regionIds.contains(regionId));
        }

        /** Sees everything of one actor's resources: for writes that another module has checked. */
        public static Privileges all(long actorId) {
            return new Privileges(Set.of(actorId), Set.of());
        }

        public Long[] actorArray() {
            return actorIds.toArray(Long[]::new);
        }

        public Long[] regionArray() {
            return regionIds.toArray(Long[]::new);
        }
    }

    public Privileges privileges() {
        CurrentUser u = CurrentUser.get();
        Set<Long> regions = new HashSet<>(u.coordinatorRegionIds());
        if (u.isAuthority()) {
            DisruptionActivity a = activity.getIfAvailable();
            if (a != null) {
                regions.addAll(a.regionsWithActiveDisruption());
            }
        }
        return new Privileges(Set.copyOf(u.actorIds()), Set.copyOf(regions));
    }

    public boolean canEdit(Long ownerActorId, Long areaId) {
        return CurrentUser.get().actsFor(ownerActorId) || network.coordinatesArea(areaId);
    }

    /** Types of the catalogue are kept by admins and coordinators. */
    public boolean canEditTypes() {
        CurrentUser u = CurrentUser.get();
        return u.isAdmin() || u.isCoordinator();
    }
}
