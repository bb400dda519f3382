package fi.turvaverkko.planning.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.planning.BudgetService;
import fi.turvaverkko.planning.ProgrammeService;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.PlatformProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The budget view: costs by carrier and year, planned against realised, and the share of prevention. */
@Controller
class BudgetPageController {

    private final BudgetService budget;
    private final ProgrammeService programmes;
    private final Areas areas;
    private final PlatformProperties properties;

    BudgetPageController(
            BudgetService budget, ProgrammeService programmes, Areas areas, PlatformProperties properties) {
        this.budget = budget;
        this.programmes = programmes;
        this.areas = areas;
        this.properties = properties;
    }

    @GetMapping("/budget")
    String show(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String programme,
            Model model) {
        CurrentUser u = CurrentUser.get();
        AreaView region = (u.primaryRegionId() == null
                        ? areas.findByCode(properties.region().defaultCode())
                        : areas.find(u.primaryRegionId()))
                .orElse(null);
        String code = area == null || area.isBlank() ? (region == null ? null : region.code()) : area;
        List<Option> areaOptions = new ArrayList<>();
        if (region != null) {
            areaOptions.add(new Option(region.code(), region.localName()));
            for (AreaView a : areas.within(Long.valueOf(region.id()), AreaType.MUNICIPALITY)) {
                areaOptions.add(new Option(a.code(), a.localName()));
            }
        }
        model.addAttribute("areaOptions", areaOptions);
        model.addAttribute(
                "programmeOptions",
                programmes.choices().stream()
                        .map(p -> new Option(p.id(), p.localName()))
                        .toList());
        model.addAttribute("area", code);
        model.addAttribute("programme", programme);
        BudgetService.Budget b = budget.of(code, programme);
        model.addAttribute("budget", b);
        model.addAttribute("chart", chart(b));
        return "planning/budget";
    }

    /** A bar of the chart, in SVG units. */
    record Bar(int x, int y, int width, int height, String kind, String label) {}

    /** The year labels under the bars. */
    record Tick(int x, String label) {}

    /** The prevention share chart: per year a bar of the planned and one of the realised share. */
    record Chart(int width, int height, List<Bar> bars, List<Tick> ticks, boolean empty) {}

    static final int CHART_HEIGHT = 220;
    static final int TOP = 10;
    static final int BOTTOM = 30;
    static final int LEFT = 44;

    static Chart chart(BudgetService.Budget b) {
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        int slot = 90;
        int width = LEFT + Math.max(1, b.prevention().size()) * slot + 10;
        int plotHeight = CHART_HEIGHT - TOP - BOTTOM;
        int i = 0;
        boolean empty = true;
        for (BudgetService.Share s : b.prevention()) {
            int x = LEFT + i * slot + 10;
            Integer planned = s.plannedPercent();
            Integer realised = s.realisedPercent();
            if (planned != null) {
                int h = planned * plotHeight / 100;
                bars.add(new Bar(x, TOP + plotHeight - h, 30, h, "planned", planned + " %"));
                empty = false;
            }
            if (realised != null) {
                int h = realised * plotHeight / 100;
                bars.add(new Bar(x + 34, TOP + plotHeight - h, 30, h, "realised", realised + " %"));
                empty = false;
            }
            ticks.add(new Tick(x + 32, String.valueOf(s.year())));
            i++;
        }
        return new Chart(width, CHART_HEIGHT, bars, ticks, empty);
    }

    @Bean
    static NavigationItem budgetNavigation() {
        return new NavigationItem(42, "/budget", "nav.budget", NavigationItem.Audience.LOGGED_IN);
    }
}
