package fi.turvaverkko.risks.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.risks.RiskScenarioView;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rights of the risk assessment (docs/rights.md, issue 4): every logged-in user reads the region's
 * scenarios except restricted ones, which exist only for authority users and the coordinator of
 * the region; the coordinator of the region keeps its scales and scenarios; members of the
 * region's preparedness committee and the users of a scenario's owner edit scenarios too.
 */
@Component
class RiskRights {

    static final String PREPAREDNESS_COMMITTEE = "PREPAREDNESS_COMMITTEE";

    private final NetworkAccess access;

    RiskRights(NetworkAccess access) {
        this.access = access;
    }

    CurrentUser user() {
        return access.user();
    }

    /** May the user read restricted scenarios of this region? */
    boolean readsRestricted(Long regionId) {
        CurrentUser u = user();
        return !u.isAnonymous() && (u.isAuthority() || u.isCoordinatorOf(regionId));
    }

    /** Regions whose restricted scenarios the user reads even without being an authority user. */
    Set<Long> restrictedRegions() {
        return user().coordinatorRegionIds();
    }

    boolean isAuthority() {
        return user().isAuthority();
    }

    boolean canRead(RiskScenarioView s) {
        if (user().isAnonymous()) {
            return false;
        }
        return !s.confidential() || readsRestricted(Long.valueOf(s.regionId()));
    }

    boolean keepsScales(Long regionId) {
        return access.coordinatesArea(regionId);
    }

    boolean canCreateScenario(Long regionId) {
        return access.coordinatesArea(regionId) || access.isMemberOfGroupKind(PREPAREDNESS_COMMITTEE, regionId);
    }

    boolean canEdit(RiskScenarioView s) {
        Long region = Long.valueOf(s.regionId());
        return canRead(s)
                && (access.coordinatesArea(region)
                        || access.isMemberOfGroupKind(PREPAREDNESS_COMMITTEE, region)
                        || (s.ownerActorId() != null && user().actsFor(Long.valueOf(s.ownerActorId()))));
    }

    boolean canDelete(RiskScenarioView s) {
        return canRead(s) && access.coordinatesArea(Long.valueOf(s.regionId()));
    }
}
