package fi.turvaverkko.network.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.network.domain.OrgChartService;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organisation chart of the user's region, and of any region or municipality. */
@Controller
class OrgChartController {

    private final OrgChartService charts;
    private final AreaService areas;
    private final GroupService groups;
    private final PlatformProperties properties;

    OrgChartController(OrgChartService charts, AreaService areas, GroupService groups, PlatformProperties properties) {
        this.charts = charts;
        this.areas = areas;
        this.groups = groups;
        this.properties = properties;
    }

    @GetMapping("/chart")
    String mine(@org.springframework.web.bind.annotation.RequestParam(required = false) String code) {
        if (code != null && code.matches("[A-Z0-9]{1,12}")) {
            return "redirect:/chart/" + code;
        }
        Long region = CurrentUser.get().primaryRegionId();
        String regionCode = region == null
                ? properties.region().defaultCode()
                : areas.find(region)
                        .map(AreaView::code)
                        .orElse(properties.region().defaultCode());
        return "redirect:/chart/" + regionCode;
    }

    @GetMapping("/chart/{code}")
    String chart(@PathVariable String code, Model model) {
        AreaView area = areas.findByCode(code).orElseThrow(NotFoundException::new);
        model.addAttribute("chart", charts.chart(area));
        model.addAttribute("canCreateGroup", groups.canCreate());
        Long regionId = area.isRegion() ? Long.valueOf(area.id()) : areas.regionOf(Long.valueOf(area.id()));
        model.addAttribute(
                "region", regionId == null ? null : areas.find(regionId).orElse(null));
        model.addAttribute(
                "municipalities",
                regionId == null ? java.util.List.of() : areas.within(regionId, AreaType.MUNICIPALITY));
        return "network/chart";
    }

    @Bean
    static NavigationItem chartNavigation() {
        return new NavigationItem(5, "/chart", "nav.chart", NavigationItem.Audience.LOGGED_IN);
    }
}
