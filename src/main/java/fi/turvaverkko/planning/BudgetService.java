package fi.turvaverkko.planning;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.domain.BudgetRepository;
import fi.turvaverkko.planning.domain.Emphasis;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The budget view of slide 6 and goal 4: for a municipality or the region, the measures' planned and
 * realised costs by cost carrier and year, and the share of prevention (the four preventive
 * emphases) against corrective work, year on year. A measure counts in an area when one of its areas
 * lies there; in the region's view the committees of each municipality are summed as one row.
 */
@Service
public class BudgetService {

    private final BudgetRepository repository;
    private final ProgrammeService programmes;
    private final PlanningAccess access;
    private final Areas areas;
    private final Groups groups;
    private final Actors actors;

    BudgetService(
            BudgetRepository repository,
            ProgrammeService programmes,
            PlanningAccess access,
            Areas areas,
            Groups groups,
            Actors actors) {
        this.repository = repository;
        this.programmes = programmes;
        this.access = access;
        this.areas = areas;
        this.groups = groups;
        this.actors = actors;
    }

    /** Planned and realised euros. */
    public record Amounts(BigDecimal planned, BigDecimal realised) {

        static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

        Amounts plus(BigDecimal p, BigDecimal r) {
            return new Amounts(planned.add(p), realised.add(r));
        }

        /** Realised as a share of planned, in per cent; null when nothing was planned. */
        public Integer realisedPercent() {
            return planned.signum() == 0
                    ? null
                    : realised.multiply(BigDecimal.valueOf(100))
                            .divide(planned, 0, RoundingMode.HALF_UP)
                            .intValue();
        }
    }

    /**
     * One row: a cost carrier ({@code GROUP}, {@code ACTOR}, {@code MUNICIPALITY} for a
     * municipality's committees together, or {@code NONE}) with its amounts per year.
     */
    public record Row(String kind, String id, String label, Map<Integer, Amounts> years, Amounts total, int measures) {

        public Amounts year(int year) {
            return years.getOrDefault(year, Amounts.ZERO);
        }
    }

    /** The preventive and corrective amounts of a year, and the preventive share. */
    public record Share(int year, Amounts preventive, Amounts corrective) {

        public Integer plannedPercent() {
            return percent(preventive.planned(), corrective.planned());
        }

        public Integer realisedPercent() {
            return percent(preventive.realised(), corrective.realised());
        }

        private static Integer percent(BigDecimal a, BigDecimal b) {
            BigDecimal sum = a.add(b);
            return sum.signum() == 0
                    ? null
                    : a.multiply(BigDecimal.valueOf(100))
                            .divide(sum, 0, RoundingMode.HALF_UP)
                            .intValue();
        }
    }

    /** The whole view. */
    public record Budget(
            AreaView area,
            ProgrammeView programme,
            List<Integer> years,
            List<Row> rows,
            Map<Integer, Amounts> totals,
            Amounts total,
            List<Share> prevention) {

        public Amounts totalOf(int year) {
            return totals.getOrDefault(year, Amounts.ZERO);
        }
    }

    public Budget of(String areaCode, String programmeId) {
        if (areaCode == null || areaCode.isBlank()) {
            throw new InvalidInputException("area", "validation.required");
        }
        AreaView area = areas.findByCode(areaCode.trim())
                .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", areaCode));
        ProgrammeView programme = null;
        if (programmeId != null && !programmeId.isBlank()) {
            programme =
                    programmes.find(PlanningValidation.idOrNull(programmeId)).orElseThrow(NotFoundException::new);
        }
        boolean regionView = !AreaType.MUNICIPALITY.name().equals(area.type());
        long within = Long.parseLong(area.id());
        java.util.Set<Long> hidden = access.hidden();
        Long programmeKey = programme == null ? null : Long.valueOf(programme.id());
        List<BudgetRepository.Sum> sums = repository.sums(within, programmeKey, hidden);
        // the sums include the costs of the restricted plans the user may read: those measures are read
        java.util.Set<Long> restricted = new java.util.HashSet<>(access.allRestricted());
        restricted.removeAll(hidden);
        access.readMeasureCosts(repository.measuresWithCosts(within, programmeKey, restricted));
        Map<String, Integer> carrierCounts = repository.measureCounts(within, programmeKey, hidden);

        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, Amounts>> byRow = new LinkedHashMap<>();
        Map<String, Integer> measureCounts = new HashMap<>();
        Map<Integer, Amounts> totals = new TreeMap<>();
        Map<Integer, Amounts> preventive = new TreeMap<>();
        Map<Integer, Amounts> corrective = new TreeMap<>();
        Map<String, String[]> rowInfo = new HashMap<>();
        Map<Long, GroupView> groupCache = new HashMap<>();
        for (BudgetRepository.Sum s : sums) {
            years.add(s.year());
            String key;
            if (s.carrierGroupId() != null) {
                GroupView g = groupCache.computeIfAbsent(
                        s.carrierGroupId(), id -> groups.find(id).orElse(null));
                if (g != null && regionView) {
                    key = "MUNICIPALITY:" + g.areaId();
                    rowInfo.putIfAbsent(key, new String[] {"MUNICIPALITY", g.areaId()});
                } else {
                    key = "GROUP:" + s.carrierGroupId();
                    rowInfo.putIfAbsent(key, new String[] {"GROUP", String.valueOf(s.carrierGroupId())});
                }
            } else if (s.carrierActorId() != null) {
                key = "ACTOR:" + s.carrierActorId();
                rowInfo.putIfAbsent(key, new String[] {"ACTOR", String.valueOf(s.carrierActorId())});
            } else {
                key = "NONE";
                rowInfo.putIfAbsent(key, new String[] {"NONE", null});
            }
            byRow.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(
                            s.year(),
                            new Amounts(s.planned(), s.realised()),
                            (a, b) -> a.plus(b.planned(), b.realised()));
            totals.merge(s.year(), new Amounts(s.planned(), s.realised()), (a, b) -> a.plus(b.planned(), b.realised()));
            Map<Integer, Amounts> side = Emphasis.isPreventive(s.emphasis()) ? preventive : corrective;
            side.merge(s.year(), new Amounts(s.planned(), s.realised()), (a, b) -> a.plus(b.planned(), b.realised()));
        }
        for (var c : carrierCounts.entrySet()) {
            String key;
            if (c.getKey().startsWith("G")) {
                long groupId = Long.parseLong(c.getKey().substring(1));
                GroupView g = groupCache.computeIfAbsent(
                        groupId, id -> groups.find(id).orElse(null));
                key = g != null && regionView ? "MUNICIPALITY:" + g.areaId() : "GROUP:" + groupId;
            } else if (c.getKey().startsWith("A")) {
                key = "ACTOR:" + c.getKey().substring(1);
            } else {
                key = "NONE";
            }
            measureCounts.merge(key, c.getValue(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (var e : byRow.entrySet()) {
            String[] info = rowInfo.get(e.getKey());
            Amounts total = Amounts.ZERO;
            for (Amounts a : e.getValue().values()) {
                total = total.plus(a.planned(), a.realised());
            }
            rows.add(new Row(
                    info[0],
                    info[1],
                    label(info[0], info[1], groupCache),
                    e.getValue(),
                    total,
                    measureCounts.getOrDefault(e.getKey(), 0)));
        }
        rows.sort(
                Comparator.comparing((Row r) -> r.total().planned()).reversed().thenComparing(Row::label));
        Amounts total = Amounts.ZERO;
        for (Amounts a : totals.values()) {
            total = total.plus(a.planned(), a.realised());
        }
        List<Share> prevention = new ArrayList<>();
        for (int y : years) {
            prevention.add(
                    new Share(y, preventive.getOrDefault(y, Amounts.ZERO), corrective.getOrDefault(y, Amounts.ZERO)));
        }
        return new Budget(area, programme, List.copyOf(years), rows, totals, total, prevention);
    }

    private String label(String kind, String id, Map<Long, GroupView> groupCache) {
        return switch (kind) {
            case "GROUP" -> {
                GroupView g = groupCache.get(Long.valueOf(id));
                yield g == null ? id : g.localName();
            }
            case "MUNICIPALITY" ->
                areas.find(Long.valueOf(id)).map(AreaView::localName).orElse(id);
            case "ACTOR" ->
                actors.find(Long.valueOf(id)).map(ActorView::localName).orElse(id);
            default -> "";
        };
    }
}
