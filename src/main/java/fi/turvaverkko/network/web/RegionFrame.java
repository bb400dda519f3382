package fi.turvaverkko.network.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.platform.PageFrameContributor;
import fi.turvaverkko.platform.PlatformProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Shows the user's region in the page frame: where they coordinate or where their actors are. */
@Component
class RegionFrame implements PageFrameContributor {

    private final AreaService areas;
    private final PlatformProperties properties;

    RegionFrame(AreaService areas, PlatformProperties properties) {
        this.areas = areas;
        this.properties = properties;
    }

    @Override
    public void contribute(HttpServletRequest request, Map<String, Object> model) {
        Long region = CurrentUser.get().primaryRegionId();
        AreaView area = region == null
                ? areas.findByCode(properties.region().defaultCode()).orElse(null)
                : areas.find(region).orElse(null);
        if (area != null) {
            model.putIfAbsent("regionName", area.localName());
            model.putIfAbsent("regionCode", area.code());
        }
    }
}
