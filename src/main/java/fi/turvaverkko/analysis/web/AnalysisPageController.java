package fi.turvaverkko.analysis.web;

import fi.turvaverkko.analysis.domain.CoverageService;
import fi.turvaverkko.analysis.domain.DashboardService;
import fi.turvaverkko.analysis.domain.Finding;
import fi.turvaverkko.analysis.domain.FindingService;
import fi.turvaverkko.analysis.domain.FindingType;
import fi.turvaverkko.continuity.AggregateService;
import fi.turvaverkko.continuity.AggregateView;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboard, the 3W coverage matrix and the findings, as pages. */
@Controller
class AnalysisPageController {

    private final DashboardService dashboards;
    private final CoverageService coverage;
    private final FindingService findings;
    private final Areas areas;
    private final Messages messages;
    private final PlatformProperties properties;
    private final AggregateService continuity;

    AnalysisPageController(
            DashboardService dashboards,
            CoverageService coverage,
            FindingService findings,
            Areas areas,
            Messages messages,
            PlatformProperties properties,
            AggregateService continuity) {
        this.dashboards = dashboards;
        this.coverage = coverage;
        this.findings = findings;
        this.areas = areas;
        this.messages = messages;
        this.properties = properties;
        this.continuity = continuity;
    }

    @GetMapping("/dashboard")
    String myDashboard(@RequestParam(required = false) String area) {
        String code = area != null && area.matches("[A-Z0-9]{1,12}")
                ? area
                : dashboards.defaultArea(properties.region().defaultCode());
        return "redirect:/dashboard/" + code;
    }

    @GetMapping("/dashboard/{code}")
    String dashboard(@PathVariable String code, Model model) {
        DashboardPage p = page(code);
        findings.read(p.dashboard().gaps());
        findings.read(p.dashboard().blindSpots());
        findings.read(p.dashboard().overlaps());
        model.addAttribute("d", p.dashboard());
        model.addAttribute("municipalities", p.municipalities());
        if (p.continuity() != null) {
            model.addAttribute("continuity", p.continuity());
        }
        return "analysis/dashboard";
    }

    private record DashboardPage(
            DashboardService.Dashboard dashboard, List<AreaView> municipalities, AggregateView continuity) {}

    private DashboardPage page(String code) {
        var d = dashboards.dashboard(code);
        long regionId = Long.parseLong(d.region().id());
        // the businesses' continuity at a glance, for those who may see the region's aggregates
        AggregateView c =
                continuity.canSee(regionId) ? continuity.aggregates(d.region().code(), "BCM", null, null) : null;
        return new DashboardPage(d, areas.within(regionId, AreaType.MUNICIPALITY), c);
    }

    @GetMapping("/analysis/coverage")
    String coverage(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Boolean local,
            HttpServletRequest request,
            Model model) {
        String code = region == null || region.isBlank()
                ? dashboards.defaultArea(properties.region().defaultCode())
                : region;
        var filter = new CoverageService.Filter(code, targetGroup, emphasis, year, sector, Boolean.TRUE.equals(local));
        model.addAttribute("filter", filter);
        model.addAttribute("c", coverage.coverage(filter));
        model.addAttribute("regions", areas.ofType(AreaType.REGION));
        return Views.pageOrFragment(request, "analysis/coverage", "results");
    }

    @GetMapping("/analysis/coverage/cell")
    String cell(
            @RequestParam String region,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Boolean local,
            Model model) {
        var filter =
                new CoverageService.Filter(region, targetGroup, emphasis, year, sector, Boolean.TRUE.equals(local));
        model.addAttribute("filter", filter);
        model.addAttribute("measures", coverage.cell(filter, area, theme));
        model.addAttribute("area", area == null ? null : areas.findByCode(area).orElse(null));
        model.addAttribute("theme", theme);
        return "analysis/cell";
    }

    @GetMapping("/analysis")
    String findings(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) FindingType.Group group,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        String code = area == null || area.isBlank()
                ? dashboards.defaultArea(properties.region().defaultCode())
                : area;
        AreaView scope = areas.findByCode(code).orElse(null);
        Long region = scope == null
                ? null
                : scope.isRegion() ? Long.valueOf(scope.id()) : areas.regionOf(Long.valueOf(scope.id()));
        model.addAttribute("area", code);
        model.addAttribute("scope", scope);
        model.addAttribute("group", group);
        model.addAttribute("status", status == null ? "OPEN" : status);
        model.addAttribute("groups", FindingType.Group.values());
        model.addAttribute("municipalities", region == null ? List.of() : areas.within(region, AreaType.MUNICIPALITY));
        model.addAttribute(
                "result",
                findings.list(
                        new FindingService.Filter(
                                code, group, null, "ALL".equals(status) ? null : status == null ? "OPEN" : status),
                        PageParams.of(page, 20, null)));
        return Views.pageOrFragment(request, "analysis/findings", "results");
    }

    @GetMapping("/analysis/findings/{id}")
    String finding(@PathVariable String id, Model model) {
        Finding f = findings.get(id);
        model.addAttribute("f", f);
        model.addAttribute("canDecide", findings.canDecide(f));
        return "analysis/finding";
    }

    @PostMapping("/analysis/findings/{id}")
    String decide(
            @PathVariable String id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            findings.decide(id, status, reason);
            redirect.addFlashAttribute("notice", messages.get("finding.decided." + status));
            return "redirect:/analysis/findings/" + id;
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            Finding f = findings.get(id);
            model.addAttribute("f", f);
            model.addAttribute("canDecide", true);
            model.addAttribute("typedStatus", status);
            model.addAttribute("typedReason", reason);
            model.addAttribute(
                    "decisionError",
                    e.problems().isEmpty()
                            ? messages.get(e.messageKey(), e.args())
                            : messages.get(
                                    e.problems().get(0).messageKey(),
                                    e.problems().get(0).args()));
            return "analysis/finding";
        }
    }

    @Bean
    static NavigationItem dashboardNavigation() {
        return new NavigationItem(2, "/dashboard", "nav.dashboard", NavigationItem.Audience.LOGGED_IN);
    }

    @Bean
    static NavigationItem analysisNavigation() {
        return new NavigationItem(60, "/analysis", "nav.analysis", NavigationItem.Audience.LOGGED_IN);
    }
}
