package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ScenarioRow;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.analysis.domain.FindingEngine.Input;
import fi.turvaverkko.analysis.domain.RawFinding.ItemRef;
import fi.turvaverkko.shared.LocalizedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every rule of a computation shares: its input, its settings, the scope (a region's path, or
 * {@code /} for the whole country), where the active measures work, and how items are referred to.
 */
final class FindingScope {

    final Input in;
    final AnalysisProperties settings;
    final String path;
    private CoverageIndex coverage;

    FindingScope(Input in, AnalysisProperties settings, String path) {
        this.in = in;
        this.settings = settings;
        this.path = path;
    }

    /** Indexes where the active measures of the scope work, once per computation. */
    void index(List<MeasureRow> active) {
        coverage = CoverageIndex.of(active, in.areas());
    }

    /**
     * The active measures that work in the municipality itself or its sub-region (not region-wide
     * ones: those do not make a place covered).
     */
    List<MeasureRow> local(Area municipality) {
        return coverage.local(municipality.id());
    }

    /** The themes that cover an area for a gap, as the coverage table counts them. */
    Set<String> gapThemes(Area a) {
        return coverage.gapThemes(a);
    }

    /** The reason of a gap: in a municipality it also tells how many region-wide measures there are. */
    static String gapReason(String type, Area a) {
        return "MUNICIPALITY".equals(a.type()) ? "finding.reason." + type + ".local" : "finding.reason." + type;
    }

    List<Object> gapArgs(Area a, List<String> themes, Object... args) {
        List<Object> list = new ArrayList<>(List.of(args));
        if ("MUNICIPALITY".equals(a.type())) {
            list.add(coverage.wideIn(a.id(), themes));
        }
        return list;
    }

    /** Does the measure work in the scope: in it, in an area containing it, or in a part of it? */
    boolean inScope(MeasureRow m) {
        for (long id : m.areaIds()) {
            String p = pathOr(id);
            if (p.startsWith(path) || path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Is the area in the scope or above it (a region-wide or national item concerns a region too)? */
    boolean inOrAbove(long areaId) {
        Area a = area(areaId);
        return a != null && a.path().startsWith(path) || path.startsWith(pathOr(areaId));
    }

    /** The areas a scenario names, or its region when it names none. */
    List<Area> scenarioAreas(ScenarioRow s) {
        List<Area> list = new ArrayList<>();
        for (long id : s.areaIds()) {
            Area a = area(id);
            if (a != null) {
                list.add(a);
            }
        }
        if (list.isEmpty() && area(s.regionId()) != null) {
            list.add(area(s.regionId()));
        }
        return list;
    }

    Area area(Long id) {
        return id == null ? null : in.areas().get(id);
    }

    String pathOr(long id) {
        Area a = in.areas().get(id);
        return a == null ? "/?/" : a.path();
    }

    static boolean intersects(Collection<String> a, Collection<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    static String format(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.1f", d).replace('.', ',');
    }

    static ItemRef scenario(ScenarioRow s) {
        return new ItemRef("SCENARIO", String.valueOf(s.id()), scenarioName(s), "/risks/" + s.id());
    }

    static LocalizedName scenarioName(ScenarioRow s) {
        return new LocalizedName(s.title(), s.titleSv(), null, s.titleEn());
    }

    static ItemRef measure(MeasureRow m) {
        return new ItemRef(
                "MEASURE",
                String.valueOf(m.id()),
                new LocalizedName(m.title(), m.titleSv(), null, null),
                "/measures/" + m.id());
    }

    static ItemRef area(Area a) {
        return new ItemRef("AREA", a.code(), a.name(), "/areas/" + a.code());
    }
}
