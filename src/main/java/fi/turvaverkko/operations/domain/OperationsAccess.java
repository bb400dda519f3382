package fi.turvaverkko.operations.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.operations.DisruptionView;
import org.springframework.stereotype.Component;

/**
 * The rights of issue 5 on disruptions: every logged-in user reads them; the authority in charge
 * (the users of the lead actor) and the region's coordinator run a disruption (its status, details,
 * commitments and situation reports); authority users also log and request resources; any actor
 * offers its own resources; the owner reports its committed resource deployed and released.
 */
@Component
public class OperationsAccess {

    private final NetworkAccess network;
    private final Areas areas;

    OperationsAccess(NetworkAccess network, Areas areas) {
        this.network = network;
        this.areas = areas;
    }

    public CurrentUser user() {
        return CurrentUser.get();
    }

    public boolean isInCharge(DisruptionView d) {
        return user().actsFor(Long.valueOf(d.leadActorId())) || coordinates(d);
    }

    public boolean coordinates(DisruptionView d) {
        return network.coordinatesArea(regionId(d));
    }

    /** Authority users and the coordinator write the log and request resources. */
    public boolean canLog(DisruptionView d) {
        return isInCharge(d) || user().isAuthority();
    }

    public boolean canOpen() {
        return user().isAuthority() || user().isCoordinator();
    }

    public boolean actsFor(Long actorId) {
        return user().actsFor(actorId);
    }

    public boolean coordinatesArea(Long areaId) {
        return network.coordinatesArea(areaId);
    }

    private Long regionId(DisruptionView d) {
        return areas.findByCode(d.regionCode()).map(a -> Long.valueOf(a.id())).orElse(null);
    }
}
