package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.TrendRow;
import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.risks.RiskMatrix;
import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.LocalizedName;
import fi.turvaverkko.shared.PageParams;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The situational-awareness dashboard of a region or a municipality: the risk matrix, the most
 * telling gaps, blind spots and overlaps, indicators moving the wrong way, the action list's
 * progress and share of prevention, and the disruptions now active.
 */
@Service
public class DashboardService {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Set<String> PREVENTIVE =
            Set.of("PREVENTION", "EARLY_INTERVENTION", "EVERYDAY_SAFETY", "EXCLUSION_PREVENTION");

    private final Areas areas;
    private final FindingService findings;
    private final AnalysisSnapshot snapshot;
    private final RiskScenarioService risks;
    private final DisruptionService disruptions;

    DashboardService(
            Areas areas,
            FindingService findings,
            AnalysisSnapshot snapshot,
            RiskScenarioService risks,
            DisruptionService disruptions) {
        this.areas = areas;
        this.findings = findings;
        this.snapshot = snapshot;
        this.risks = risks;
        this.disruptions = disruptions;
    }

    /** What the dashboard shows. */
    public record Dashboard(
            AreaView area,
            AreaView region,
            RiskMatrix matrix,
            List<Finding> gaps,
            List<Finding> blindSpots,
            List<Finding> overlaps,
            List<Trend> worsening,
            Progress progress,
            List<DisruptionView> active,
            int openFindings) {}

    /** An indicator that moved the wrong way in an area. */
    public record Trend(
            String code, String name, String areaCode, String areaName, int year, double latest, Double previous) {}

    /** The action list of the area by status, and its share of prevention. */
    public record Progress(
            int total, int planned, int ongoing, int done, int cancelled, int delayed, int preventive, int corrective) {

        public int preventionPercent() {
            int counted = preventive + corrective;
            return counted == 0 ? 0 : Math.round(100f * preventive / counted);
        }

        public int percent(int n) {
            return total == 0 ? 0 : Math.round(100f * n / total);
        }
    }

    public Dashboard dashboard(String areaCode) {
        AreaView area = areas.findByCode(areaCode)
                .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", areaCode));
        Long regionId = area.isRegion() ? Long.valueOf(area.id()) : areas.regionOf(Long.valueOf(area.id()));
        if (regionId == null) {
            throw new InvalidInputException("area", "error.analysis.notRegion", areaCode);
        }
        AreaView region = areas.find(regionId).orElseThrow();
        FindingService.Summary found = findings.summary(area.code(), 5);
        // the areas as read with the data: national lists are filtered without a service call per row
        FindingEngine.Input data = snapshot.input();
        RiskMatrix matrix = risks.matrixCounts(new RiskScenarioService.Filter(
                region.code(),
                area.isRegion() ? null : area.code(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        List<DisruptionView> active = disruptions
                .list("ACTIVE", null, region.code(), null, PageParams.first(10))
                .content();
        return new Dashboard(
                area,
                region,
                matrix,
                found.top().get(FindingType.Group.GAP),
                found.top().get(FindingType.Group.BLIND_SPOT),
                found.top().get(FindingType.Group.OVERLAP),
                worsening(area, data),
                progress(area, data),
                active,
                found.open());
    }

    /** The indicators turned worse most in the area. */
    private List<Trend> worsening(AreaView area, FindingEngine.Input in) {
        Map<Long, FindingEngine.Area> all = in.areas();
        String path = pathOf(all, Long.parseLong(area.id()));
        var locale = LocaleContextHolder.getLocale();
        return in.worsening().stream()
                .filter(t -> {
                    String p = pathOf(all, t.areaId());
                    return p != null && path != null && p.startsWith(path);
                })
                .sorted(Comparator.comparingDouble(DashboardService::change).reversed())
                .limit(8)
                .map(t -> {
                    FindingEngine.Area a = all.get(t.areaId());
                    LocalizedName name =
                            in.indicatorNames().getOrDefault(t.code(), new LocalizedName(t.code(), null, null, null));
                    return new Trend(
                            t.code(),
                            name.in(locale),
                            a == null ? null : a.code(),
                            a == null ? null : a.name().in(locale),
                            t.latestYear(),
                            t.latest(),
                            t.previous());
                })
                .toList();
    }

    private static String pathOf(Map<Long, FindingEngine.Area> all, long areaId) {
        FindingEngine.Area a = all.get(areaId);
        return a == null ? null : a.path();
    }

    private static double change(TrendRow t) {
        if (t.previous() == null || t.previous() == 0) {
            return 0;
        }
        return Math.abs(t.latest() - t.previous()) / Math.abs(t.previous());
    }

    /** The action list's progress in the area. */
    private Progress progress(AreaView area, FindingEngine.Input input) {
        Map<Long, FindingEngine.Area> all = input.areas();
        String path = pathOf(all, Long.parseLong(area.id()));
        if (path == null) {
            path = areas.path(Long.valueOf(area.id()));
        }
        LocalDate today = LocalDate.now(HELSINKI);
        int total = 0, planned = 0, ongoing = 0, done = 0, cancelled = 0, delayed = 0, preventive = 0, corrective = 0;
        for (MeasureRow m : input.measures()) {
            boolean in = false;
            for (long id : m.areaIds()) {
                String p = pathOf(all, id);
                if (p != null && (p.startsWith(path) || (!area.isRegion() && path.startsWith(p)))) {
                    in = true;
                }
            }
            if (!in) {
                continue;
            }
            total++;
            switch (m.status()) {
                case "PLANNED" -> planned++;
                case "ONGOING" -> ongoing++;
                case "DONE" -> done++;
                default -> cancelled++;
            }
            if ((m.status().equals("PLANNED") || m.status().equals("ONGOING"))
                    && m.endDate() != null
                    && m.endDate().isBefore(today)) {
                delayed++;
            }
            if (!"CANCELLED".equals(m.status())) {
                if (PREVENTIVE.contains(m.emphasis())) {
                    preventive++;
                } else {
                    corrective++;
                }
            }
        }
        return new Progress(total, planned, ongoing, done, cancelled, delayed, preventive, corrective);
    }

    /** The region the user works in, or the configured one. */
    public String defaultArea(String fallbackCode) {
        Long region = CurrentUser.get().primaryRegionId();
        return region == null
                ? fallbackCode
                : areas.find(region).map(AreaView::code).orElse(fallbackCode);
    }
}
