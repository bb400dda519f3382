package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which measures reach each municipality, and how. <em>Local</em>: aimed at the municipality itself
 * or at its sub-region. <em>Wide</em>: aimed at the whole region or country the municipality is in;
 * such a measure shows in every municipality, so it does not make a place covered. The coverage
 * table (who does what where) and the gap findings both read this one index, so a cell without a
 * local measure and a gap finding always say the same thing.
 */
public final class CoverageIndex {

    private final Map<Long, Area> areas;
    private final Map<Long, List<MeasureRow>> local = new HashMap<>();
    private final Map<Long, List<MeasureRow>> atWideArea = new HashMap<>();
    private final Map<Long, Set<String>> themesAtOrBelow = new HashMap<>();
    private final Map<Long, List<Long>> ancestors = new HashMap<>();

    private CoverageIndex(Map<Long, Area> areas) {
        this.areas = areas;
    }

    /** Indexes the given measures (already filtered: active, of the scope) over the areas. */
    public static CoverageIndex of(Collection<MeasureRow> measures, Map<Long, Area> areas) {
        CoverageIndex index = new CoverageIndex(areas);
        Map<Long, List<Area>> municipalitiesUnder = new HashMap<>();
        Area country = null;
        for (Area a : areas.values()) {
            if ("COUNTRY".equals(a.type())) {
                country = a;
            }
            if ("MUNICIPALITY".equals(a.type())) {
                for (long up : index.ancestors(a.id())) {
                    municipalitiesUnder
                            .computeIfAbsent(up, k -> new ArrayList<>())
                            .add(a);
                }
            }
        }
        for (MeasureRow m : measures) {
            Set<Long> places = new LinkedHashSet<>();
            Set<Long> wideAreas = new LinkedHashSet<>();
            for (long id : m.areaIds()) {
                Area x = areas.get(id);
                if (x == null) {
                    continue;
                }
                index.themesAtOrBelow
                        .computeIfAbsent(x.id(), k -> new HashSet<>())
                        .addAll(m.themes());
                for (long up : index.ancestors(x.id())) {
                    index.themesAtOrBelow
                            .computeIfAbsent(up, k -> new HashSet<>())
                            .addAll(m.themes());
                }
                if (country != null) {
                    index.themesAtOrBelow
                            .computeIfAbsent(country.id(), k -> new HashSet<>())
                            .addAll(m.themes());
                }
                switch (x.type()) {
                    case "MUNICIPALITY" -> places.add(x.id());
                    case "SUBREGION" ->
                        municipalitiesUnder.getOrDefault(x.id(), List.of()).forEach(u -> places.add(u.id()));
                    default -> wideAreas.add(x.id());
                }
            }
            for (long u : places) {
                index.local.computeIfAbsent(u, k -> new ArrayList<>()).add(m);
            }
            for (long w : wideAreas) {
                index.atWideArea.computeIfAbsent(w, k -> new ArrayList<>()).add(m);
            }
        }
        return index;
    }

    /** The measures aimed at the municipality or its sub-region. */
    public List<MeasureRow> local(long municipalityId) {
        return local.getOrDefault(municipalityId, List.of());
    }

    /** The measures of the whole region or country that also reach the municipality, local ones left out. */
    public List<MeasureRow> wide(long municipalityId) {
        Area m = areas.get(municipalityId);
        if (m == null) {
            return List.of();
        }
        Set<Long> localIds = new HashSet<>();
        local(municipalityId).forEach(x -> localIds.add(x.id()));
        Map<Long, MeasureRow> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<Long, List<MeasureRow>> e : atWideArea.entrySet()) {
            Area w = areas.get(e.getKey());
            if (w != null && m.path().startsWith(w.path())) {
                e.getValue().stream().filter(x -> !localIds.contains(x.id())).forEach(x -> out.putIfAbsent(x.id(), x));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The themes that cover an area for a gap: in a municipality those of its local measures; in a
     * larger area those of any measure of the area or of a place inside it.
     */
    public Set<String> gapThemes(Area a) {
        if ("MUNICIPALITY".equals(a.type())) {
            Set<String> themes = new HashSet<>();
            local(a.id()).forEach(m -> themes.addAll(m.themes()));
            return themes;
        }
        return themesAtOrBelow.getOrDefault(a.id(), Set.of());
    }

    /** The wide measures of a municipality in any of the themes. */
    public int wideIn(long municipalityId, Collection<String> themes) {
        return (int) wide(municipalityId).stream()
                .filter(m -> m.themes().stream().anyMatch(themes::contains))
                .count();
    }

    /** The areas above one, up to the region (the country is not one of them). */
    List<Long> ancestors(long areaId) {
        return ancestors.computeIfAbsent(areaId, id -> {
            List<Long> list = new ArrayList<>();
            Area a = areas.get(id);
            if (a == null) {
                return list;
            }
            for (Area other : areas.values()) {
                if (other.id() != a.id() && a.path().startsWith(other.path()) && !"COUNTRY".equals(other.type())) {
                    list.add(other.id());
                }
            }
            return list;
        });
    }
}
