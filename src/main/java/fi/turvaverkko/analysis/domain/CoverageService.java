package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.CatalogueEntry;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Who does what where (3W): the themes of the action list against the municipalities of a region,
 * each cell with the active measures and the actors behind them, filtered by target group,
 * emphasis, year and the actors' sector.
 */
@Service
public class CoverageService {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final AnalysisSnapshot snapshot;
    private final Areas areas;
    private final Catalogues catalogues;

    CoverageService(AnalysisSnapshot snapshot, Areas areas, Catalogues catalogues) {
        this.snapshot = snapshot;
        this.areas = areas;
        this.catalogues = catalogues;
    }

    /**
     * The filters of the matrix.
     *
     * @param local only measures aimed at the municipality itself (or a part of it), leaving out those
     *     of the whole region or sub-region that show in every municipality
     */
    public record Filter(
            String region, String targetGroup, String emphasis, Integer year, String sector, boolean local) {}

    /** The matrix: municipalities as rows, themes as columns. */
    public record Coverage(
            AreaView region,
            List<AreaView> rows,
            List<CatalogueEntry> themes,
            Map<String, Cell> cells,
            int maxMeasures) {

        public Cell cell(String areaCode, String theme) {
            return cells.getOrDefault(areaCode + "|" + theme, Cell.EMPTY);
        }
    }

    /**
     * One cell: its local measures (aimed at the municipality or its sub-region) and their actors,
     * and the region's wide measures that reach it too (none when only local ones are asked for).
     * A cell without a local measure is what the gap findings call a gap.
     */
    public record Cell(List<Long> localIds, Set<Long> actorIds, List<Long> wideIds) {
        static final Cell EMPTY = new Cell(List.of(), Set.of(), List.of());

        /** Every measure of the cell: the local ones, then the wide ones. */
        public List<Long> measureIds() {
            List<Long> all = new ArrayList<>(localIds);
            all.addAll(wideIds);
            return all;
        }

        public int measures() {
            return localIds.size() + wideIds.size();
        }

        public int local() {
            return localIds.size();
        }

        public int wide() {
            return wideIds.size();
        }

        /** The actors responsible for the local measures. */
        public int actors() {
            return actorIds.size();
        }
    }

    /** A measure in a cell, as the cell's list shows it. */
    public record CellMeasure(
            String id,
            String title,
            String titleSv,
            String actorId,
            String actorName,
            String sector,
            String status,
            LocalDate startDate,
            LocalDate endDate,
            List<String> targetGroups,
            String emphasis) {}

    public Coverage coverage(Filter f) {
        AreaView region = region(f.region());
        List<AreaView> rows = areas.within(Long.valueOf(region.id()), AreaType.MUNICIPALITY);
        List<CatalogueEntry> themes = catalogues.active("themes");
        Map<String, Cell> cells = new LinkedHashMap<>();
        int max = 0;
        CoverageIndex index = index(f);
        for (AreaView a : rows) {
            long id = Long.parseLong(a.id());
            for (MeasureRow m : index.local(id)) {
                for (String theme : m.themes()) {
                    Cell c = cell(cells, a, theme);
                    c.localIds().add(m.id());
                    c.actorIds().add(m.responsibleActorId());
                    max = Math.max(max, c.local());
                }
            }
            if (!f.local()) {
                for (MeasureRow m : index.wide(id)) {
                    for (String theme : m.themes()) {
                        cell(cells, a, theme).wideIds().add(m.id());
                    }
                }
            }
        }
        return new Coverage(region, rows, themes, cells, max);
    }

    private static Cell cell(Map<String, Cell> cells, AreaView a, String theme) {
        return cells.computeIfAbsent(
                a.code() + "|" + theme, k -> new Cell(new ArrayList<>(), new HashSet<>(), new ArrayList<>()));
    }

    /**
     * Whether a measure (of {@link #filtered}) reaches a municipality as the matrix counts it: aimed at
     * it or its sub-region, or, unless only local ones are asked for, at the whole region.
     */
    public java.util.function.BiPredicate<MeasureRow, AreaView> reach(Filter f) {
        CoverageIndex index = index(f);
        Map<Long, Set<Long>> byArea = new java.util.HashMap<>();
        return (m, a) -> byArea.computeIfAbsent(Long.parseLong(a.id()), id -> {
                    Set<Long> ids = new HashSet<>();
                    index.local(id).forEach(x -> ids.add(x.id()));
                    if (!f.local()) {
                        index.wide(id).forEach(x -> ids.add(x.id()));
                    }
                    return ids;
                })
                .contains(m.id());
    }

    /** The filtered measures indexed over the areas: the one computation the gap findings also use. */
    private CoverageIndex index(Filter f) {
        return CoverageIndex.of(filtered(f), snapshot.input().areas());
    }

    /** The measures of one cell (a municipality and a theme), or of a whole column or row. */
    public List<CellMeasure> cell(Filter f, String areaCode, String theme) {
        AreaView a = areaCode == null || areaCode.isBlank()
                ? null
                : areas.findByCode(areaCode)
                        .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", areaCode));
        CoverageIndex index = index(f);
        Set<Long> inArea = new HashSet<>();
        if (a != null) {
            index.local(Long.parseLong(a.id())).forEach(m -> inArea.add(m.id()));
            if (!f.local()) {
                index.wide(Long.parseLong(a.id())).forEach(m -> inArea.add(m.id()));
            }
        }
        return filtered(f).stream()
                .filter(m -> a == null || inArea.contains(m.id()))
                .filter(m -> theme == null || theme.isBlank() || m.themes().contains(theme))
                .map(m -> new CellMeasure(
                        String.valueOf(m.id()),
                        m.title(),
                        m.titleSv(),
                        String.valueOf(m.responsibleActorId()),
                        m.actorName(),
                        m.actorSector(),
                        m.status(),
                        m.startDate(),
                        m.endDate(),
                        m.targetGroups(),
                        m.emphasis()))
                .toList();
    }

    /** Active measures of the region (and of the areas above it), after the filters. */
    public List<MeasureRow> filtered(Filter f) {
        AreaView region = region(f.region());
        String path = areas.path(Long.valueOf(region.id()));
        LocalDate today = LocalDate.now(HELSINKI);
        List<MeasureRow> out = new ArrayList<>();
        for (MeasureRow m : snapshot.input().measures()) {
            if (!m.active(today) && (f.year() == null || !isRunningOrDoneIn(m, f.year()))) {
                continue;
            }
            if (f.year() != null && !m.during(f.year())) {
                continue;
            }
            if (f.targetGroup() != null
                    && !f.targetGroup().isBlank()
                    && !m.targetGroups().contains(f.targetGroup())) {
                continue;
            }
            if (f.emphasis() != null && !f.emphasis().isBlank() && !f.emphasis().equals(m.emphasis())) {
                continue;
            }
            if (f.sector() != null && !f.sector().isBlank() && !f.sector().equals(m.actorSector())) {
                continue;
            }
            boolean inRegion = false;
            for (long id : m.areaIds()) {
                String p = areas.path(id);
                if (p != null && (p.startsWith(path) || path.startsWith(p))) {
                    inRegion = true;
                }
            }
            if (inRegion) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isRunningOrDoneIn(MeasureRow m, int year) {
        return !"CANCELLED".equals(m.status()) && m.during(year);
    }

    AreaView region(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("region", "validation.required");
        }
        AreaView a = areas.findByCode(code.trim())
                .orElseThrow(() -> new InvalidInputException("region", "error.area.unknownCode", code));
        if (!a.isRegion()) {
            Long r = areas.regionOf(Long.valueOf(a.id()));
            if (r == null) {
                throw new InvalidInputException("region", "error.analysis.notRegion", code);
            }
            return areas.find(r).orElseThrow();
        }
        return a;
    }
}
