package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.NetworkAccess;
import org.springframework.stereotype.Component;

/**
 * Who may change what in the indicators (docs/rights.md): every logged-in user reads them; admins and
 * coordinators keep the definitions, which regions share; values and targets of an area are kept
 * by the coordinator of its region (any coordinator for the country) and by admins.
 */
@Component
class IndicatorRights {

    private final NetworkAccess access;

    IndicatorRights(NetworkAccess access) {
        this.access = access;
    }

    CurrentUser user() {
        return access.user();
    }

    boolean canEditDefinitions() {
        CurrentUser u = user();
        return u.isAdmin() || u.isCoordinator();
    }

    boolean canEditValuesIn(Long areaId) {
        return user().isAdmin() || access.coordinatesArea(areaId);
    }

    /** May the user write values anywhere at all (to offer the import page)? */
    boolean canEditSomeValues() {
        return canEditDefinitions();
    }
}
