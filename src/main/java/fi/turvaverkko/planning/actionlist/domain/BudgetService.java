package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.Emphasis;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Programmes programmes;
    private final Areas areas;
    private final Groups groups;
    private final Actors actors;

    BudgetService(BudgetRepository repository, Programmes programmes, Areas areas, Groups groups, Actors actors) {
        this.repository = repository;
        this.programmes = programmes;
        this.areas = areas;
        this.groups = groups;
        this.actors = actors;
    }

    /** Planned and realised euros. */
    public record Amounts(BigDecimal planned, BigDecimal realised) {

        static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

        Amounts plus(Amounts a) {
            return new Amounts(planned.add(a.planned()), realised.add(a.realised()));
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
    @Schema(name = "BudgetRow")
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
            programme = programmes.find(MeasureChecks.idOrNull(programmeId)).orElseThrow(NotFoundException::new);
        }
        Long programmeKey = programme == null ? null : Long.valueOf(programme.id());
        long within = Long.parseLong(area.id());
        List<BudgetRepository.Sum> sums = repository.sums(within, programmeKey, programmes.readable());
        Map<String, Integer> carrierCounts = repository.measureCounts(within, programmeKey, programmes.readable());
        // the sums include the costs of the restricted plans the caller may read: those measures are read
        repository
                .withCosts(within, programmeKey, programmes.readable(), programmes.restrictedIds())
                .forEach(id -> programmes.reportRead("MEASURE", String.valueOf(id), "cost"));
        Carriers carriers = new Carriers(!AreaType.MUNICIPALITY.name().equals(area.type()));
        Tally tally = new Tally();
        for (BudgetRepository.Sum s : sums) {
            tally.add(carriers.keyOf(s.carrierGroupId(), s.carrierActorId()), s);
        }
        Map<String, Integer> measureCounts = new HashMap<>();
        carrierCounts.forEach((carrier, n) -> measureCounts.merge(carriers.keyOf(carrier), n, Integer::sum));
        List<Row> rows = rows(tally, carriers, measureCounts);
        Amounts total = Amounts.ZERO;
        for (Amounts a : tally.totals.values()) {
            total = total.plus(a);
        }
        List<Share> prevention = new ArrayList<>();
        for (int y : tally.years) {
            prevention.add(new Share(
                    y, tally.preventive.getOrDefault(y, Amounts.ZERO), tally.corrective.getOrDefault(y, Amounts.ZERO)));
        }
        return new Budget(area, programme, List.copyOf(tally.years), rows, tally.totals, total, prevention);
    }

    /** The sums gathered by row, by year and by emphasis. */
    private static final class Tally {
        final TreeSet<Integer> years = new TreeSet<>();
        final Map<String, Map<Integer, Amounts>> byRow = new LinkedHashMap<>();
        final Map<Integer, Amounts> totals = new TreeMap<>();
        final Map<Integer, Amounts> preventive = new TreeMap<>();
        final Map<Integer, Amounts> corrective = new TreeMap<>();

        void add(String row, BudgetRepository.Sum s) {
            Amounts a = new Amounts(s.planned(), s.realised());
            years.add(s.year());
            byRow.computeIfAbsent(row, k -> new TreeMap<>()).merge(s.year(), a, Amounts::plus);
            totals.merge(s.year(), a, Amounts::plus);
            (Emphasis.isPreventive(s.emphasis()) ? preventive : corrective).merge(s.year(), a, Amounts::plus);
        }
    }

    private List<Row> rows(Tally tally, Carriers carriers, Map<String, Integer> measureCounts) {
        Map<String, String> labels = carriers.labels(tally.byRow.keySet());
        List<Row> rows = new ArrayList<>();
        for (var e : tally.byRow.entrySet()) {
            String[] kindAndId = Carriers.split(e.getKey());
            Amounts total = Amounts.ZERO;
            for (Amounts a : e.getValue().values()) {
                total = total.plus(a);
            }
            rows.add(new Row(
                    kindAndId[0],
                    kindAndId[1],
                    labels.getOrDefault(e.getKey(), ""),
                    e.getValue(),
                    total,
                    measureCounts.getOrDefault(e.getKey(), 0)));
        }
        rows.sort(
                Comparator.comparing((Row r) -> r.total().planned()).reversed().thenComparing(Row::label));
        return rows;
    }

    /**
     * The rows' keys ({@code GROUP:<id>}, {@code MUNICIPALITY:<area id>}, {@code ACTOR:<id>}, {@code
     * NONE}) and their names; a group is asked of the network once, the actors in one batch.
     */
    private final class Carriers {
        private final boolean regionView;
        private final Map<Long, GroupView> groupCache = new HashMap<>();

        Carriers(boolean regionView) {
            this.regionView = regionView;
        }

        String keyOf(Long groupId, Long actorId) {
            if (groupId != null) {
                GroupView g = group(groupId);
                return g != null && regionView ? "MUNICIPALITY:" + g.areaId() : "GROUP:" + groupId;
            }
            return actorId != null ? "ACTOR:" + actorId : "NONE";
        }

        /** The key of a carrier as the count query names it: {@code G<id>}, {@code A<id>} or {@code -}. */
        String keyOf(String carrier) {
            if (carrier.startsWith("G")) {
                return keyOf(Long.valueOf(carrier.substring(1)), null);
            }
            return carrier.startsWith("A") ? keyOf(null, Long.valueOf(carrier.substring(1))) : "NONE";
        }

        private GroupView group(long id) {
            return groupCache.computeIfAbsent(id, x -> groups.find(x).orElse(null));
        }

        static String[] split(String key) {
            int colon = key.indexOf(':');
            return colon < 0
                    ? new String[] {key, null}
                    : new String[] {key.substring(0, colon), key.substring(colon + 1)};
        }

        Map<String, String> labels(Set<String> keys) {
            Set<Long> actorIds = new HashSet<>();
            keys.stream().filter(k -> k.startsWith("ACTOR:")).forEach(k -> actorIds.add(Long.valueOf(split(k)[1])));
            Map<String, String> labels = new HashMap<>();
            actors.findAll(actorIds).forEach(a -> labels.put("ACTOR:" + a.id(), a.localName()));
            for (String key : keys) {
                String[] kindAndId = split(key);
                switch (kindAndId[0]) {
                    case "GROUP" -> {
                        GroupView g = group(Long.parseLong(kindAndId[1]));
                        labels.put(key, g == null ? kindAndId[1] : g.localName());
                    }
                    case "MUNICIPALITY" ->
                        labels.put(
                                key,
                                areas.find(Long.valueOf(kindAndId[1]))
                                        .map(AreaView::localName)
                                        .orElse(kindAndId[1]));
                    case "ACTOR" -> labels.putIfAbsent(key, kindAndId[1]);
                    default -> labels.put(key, "");
                }
            }
            return labels;
        }
    }
}
