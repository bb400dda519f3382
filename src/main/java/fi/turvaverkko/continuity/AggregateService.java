package fi.turvaverkko.continuity;

import fi.turvaverkko.continuity.domain.AggregateRepository;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.continuity.domain.QuestionnaireView;
import fi.turvaverkko.continuity.domain.Suppression;
import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The region's view of continuity: anonymous aggregates of the latest submitted assessments by
 * sub-region and sector. Only the coordinator of the region and the region's authority users see
 * them, and never a figure that rests on fewer than three respondents, directly or by difference
 * (see {@link Suppression}). There are no finer groups to ask for: the table is the only shape.
 */
@Service
public class AggregateService {

    /** The query parameters the aggregates accept; anything else is refused. */
    public static final Set<String> PARAMETERS = Set.of("region", "questionnaire", "sector", "subregion", "lang");

    private final AggregateRepository repository;
    private final QuestionnaireService questionnaires;
    private final Areas areas;
    private final Actors actors;
    private final Messages messages;

    AggregateService(
            AggregateRepository repository,
            QuestionnaireService questionnaires,
            Areas areas,
            Actors actors,
            Messages messages) {
        this.repository = repository;
        this.questionnaires = questionnaires;
        this.areas = areas;
        this.actors = actors;
        this.messages = messages;
    }

    /** May the user see the aggregates of this region? */
    public boolean canSee(Long regionId) {
        CurrentUser u = CurrentUser.get();
        return regionId != null
                && (u.isCoordinatorOf(regionId)
                        || (u.isAuthority() && u.regionIds().contains(regionId)));
    }

    /** The region the user works in, for the default view. */
    public String defaultRegionCode() {
        Long region = CurrentUser.get().primaryRegionId();
        return region == null ? null : areas.find(region).map(AreaView::code).orElse(null);
    }

    /**
     * The aggregate table of a region (by code) in a questionnaire family, optionally narrowed to the
     * cells of one sub-region or sector (their figures are those of the whole table).
     */
    public AggregateView aggregates(String regionCode, String family, String sector, String subregion) {
        String code = regionCode == null || regionCode.isBlank() ? defaultRegionCode() : regionCode.trim();
        AreaView region = code == null ? null : areas.findByCode(code).orElse(null);
        if (region == null || !region.isRegion()) {
            throw new InvalidInputException("region", "error.continuity.region", code == null ? "" : code);
        }
        long regionId = Long.parseLong(region.id());
        if (!canSee(regionId)) {
            throw new ForbiddenException();
        }
        String fam = family == null || family.isBlank() ? "BCM" : family.trim();
        QuestionnaireView questionnaire = questionnaires.list(true).stream()
                .filter(q -> q.code().equals(fam))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("questionnaire", "error.continuity.family", fam));
        QuestionnaireView full = questionnaires.get(questionnaire.id());

        List<AreaView> subregions = areas.within(regionId, AreaType.SUBREGION);
        List<AggregateRepository.GroupSum> groups =
                repository.groups(regionId, fam, CurrentUser.get().actorIds());
        List<AggregateRepository.SectionSum> sectionSums = repository.sections(regionId, fam);

        // rows: the sub-regions, one for respondents outside any sub-region if there are some, the total
        List<Long> rowKeys = new ArrayList<>();
        subregions.forEach(a -> rowKeys.add(Long.valueOf(a.id())));
        if (groups.stream().anyMatch(g -> g.subregionId() == null)) {
            rowKeys.add(null);
        }
        // columns: the sectors the questionnaire is meant for and any others that answered
        Set<String> sectorSet = new LinkedHashSet<>(questionnaire.audience());
        groups.forEach(g -> sectorSet.add(g.sector()));
        List<String> colKeys = new ArrayList<>(sectorSet);
        int rows = rowKeys.size() + 1;
        int cols = colKeys.size() + 1;

        List<String> sectionCodes =
                full.sections().stream().map(QuestionnaireView.Section::code).toList();
        int[][] n = new int[rows][cols];
        int[][] own = new int[rows][cols];
        double[][] overall = new double[rows][cols];
        Map<String, double[][]> sums = new LinkedHashMap<>();
        Map<String, int[][]> counts = new LinkedHashMap<>();
        for (String s : sectionCodes) {
            sums.put(s, new double[rows][cols]);
            counts.put(s, new int[rows][cols]);
        }
        for (AggregateRepository.GroupSum g : groups) {
            int r = rowKeys.indexOf(g.subregionId());
            int c = colKeys.indexOf(g.sector());
            if (r < 0 || c < 0) {
                continue;
            }
            for (int[] cell : cellsOf(r, c, rows, cols)) {
                n[cell[0]][cell[1]] += g.n();
                own[cell[0]][cell[1]] += g.own();
                overall[cell[0]][cell[1]] += g.overallSum();
            }
        }
        for (AggregateRepository.SectionSum s : sectionSums) {
            int r = rowKeys.indexOf(s.subregionId());
            int c = colKeys.indexOf(s.sector());
            if (r < 0 || c < 0 || !sums.containsKey(s.sectionCode())) {
                continue;
            }
            for (int[] cell : cellsOf(r, c, rows, cols)) {
                sums.get(s.sectionCode())[cell[0]][cell[1]] += s.sum();
                counts.get(s.sectionCode())[cell[0]][cell[1]] += s.n();
            }
        }
        boolean[][] withheld = Suppression.withheld(n, own);

        String sectorFilter = blank(sector);
        String subregionFilter = blank(subregion);
        if (sectorFilter != null && !"ALL".equals(sectorFilter) && !colKeys.contains(sectorFilter)) {
            throw new InvalidInputException("sector", "error.catalogue.unknownCode", sectorFilter);
        }
        List<AggregateView.Heading> subregionHeadings = new ArrayList<>();
        for (Long key : rowKeys) {
            subregionHeadings.add(
                    key == null
                            ? new AggregateView.Heading("NONE", messages.get("continuity.aggregate.noSubregion"))
                            : areas.find(key)
                                    .map(a -> new AggregateView.Heading(a.code(), a.localName()))
                                    .orElseThrow());
        }
        if (subregionFilter != null
                && !"ALL".equals(subregionFilter)
                && subregionHeadings.stream().noneMatch(h -> h.code().equals(subregionFilter))) {
            throw new InvalidInputException("subregion", "error.continuity.subregion", subregionFilter);
        }

        List<AggregateView.CellView> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String rowCode = r < rowKeys.size() ? subregionHeadings.get(r).code() : null;
            if (subregionFilter != null
                    && !Objects.equals(rowCode, "ALL".equals(subregionFilter) ? null : subregionFilter)) {
                continue;
            }
            for (int c = 0; c < cols; c++) {
                String colCode = c < colKeys.size() ? colKeys.get(c) : null;
                if (sectorFilter != null
                        && !Objects.equals(colCode, "ALL".equals(sectorFilter) ? null : sectorFilter)) {
                    continue;
                }
                if (withheld[r][c]) {
                    cells.add(new AggregateView.CellView(rowCode, colCode, true, null, null, null));
                    continue;
                }
                Map<String, BigDecimal> sectionMeans = new LinkedHashMap<>();
                for (String s : sectionCodes) {
                    int k = counts.get(s)[r][c];
                    if (k > 0) {
                        sectionMeans.put(s, round(sums.get(s)[r][c] / k));
                    }
                }
                cells.add(new AggregateView.CellView(
                        rowCode,
                        colCode,
                        false,
                        n[r][c],
                        n[r][c] == 0 ? null : round(overall[r][c] / n[r][c]),
                        sectionMeans));
            }
        }
        List<AggregateView.Heading> sectionHeadings = full.sections().stream()
                .map(s -> new AggregateView.Heading(s.code(), s.localTitle()))
                .toList();
        List<AggregateView.Heading> sectorHeadings = colKeys.stream()
                .map(s -> new AggregateView.Heading(s, actors.sectorLabel(s)))
                .toList();
        return new AggregateView(
                region.code(),
                region.localName(),
                fam,
                Suppression.MINIMUM,
                sectionHeadings,
                subregionHeadings,
                sectorHeadings,
                cells);
    }

    /** The interior cell and the margins it adds to. */
    private static int[][] cellsOf(int r, int c, int rows, int cols) {
        return new int[][] {{r, c}, {r, cols - 1}, {rows - 1, c}, {rows - 1, cols - 1}};
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
