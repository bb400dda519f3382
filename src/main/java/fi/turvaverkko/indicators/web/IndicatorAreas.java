package fi.turvaverkko.indicators.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The areas the indicator pages start from: the one asked, else the user's region. */
@Component
class IndicatorAreas {

    private final Areas areas;

    IndicatorAreas(Areas areas) {
        this.areas = areas;
    }

    AreaView area(String code) {
        if (code == null || code.isBlank()) {
            return defaultArea();
        }
        return areas.findByCode(code).orElseThrow(NotFoundException::new);
    }

    /** The user's region, else the first region there is. */
    AreaView defaultArea() {
        Long region = CurrentUser.get().primaryRegionId();
        Optional<AreaView> a = areas.find(region);
        if (a.isPresent()) {
            return a.get();
        }
        return areas.ofType(AreaType.REGION).stream()
                .findFirst()
                .or(() -> areas.ofType(AreaType.COUNTRY).stream().findFirst())
                .orElseThrow(NotFoundException::new);
    }

    AreaView regionOf(AreaView a) {
        if (a.isRegion() || a.regionId() == null) {
            return a;
        }
        return areas.find(Long.valueOf(a.regionId())).orElse(a);
    }
}
