package fi.turvaverkko.indicators;

import fi.turvaverkko.indicators.domain.IndicatorRepository;
import fi.turvaverkko.indicators.domain.IndicatorValueRepository;
import fi.turvaverkko.indicators.domain.IndicatorValueRepository.Chunk;
import fi.turvaverkko.indicators.domain.IndicatorValueRepository.TrendRow;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.ImportRejectedException;
import fi.turvaverkko.platform.RowValues;
import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indicator values per area and year: single values, all-or-nothing imports from CSV or XLSX, the
 * series and comparisons the charts draw, and the trends (the published view's rule). Every
 * logged-in user reads them; the coordinator of an area's region and admins write them.
 */
@Service
public class IndicatorValueService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorValueService.class);

    /** The columns of an import, as issue 4 names them; exports use the same. */
    public static final List<String> COLUMNS = List.of("indicator_code", "area_code", "year", "value");

    static final int CHUNK = 50_000;
    static final int MAX_PROBLEMS = 200;

    private final IndicatorValueRepository repository;
    private final IndicatorRepository indicators;
    private final IndicatorRights rights;
    private final Areas areas;
    private final TabularFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    IndicatorValueService(
            IndicatorValueRepository repository,
            IndicatorRepository indicators,
            IndicatorRights rights,
            Areas areas,
            TabularFiles files,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.indicators = indicators;
        this.rights = rights;
        this.areas = areas;
        this.files = files;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The filters of the value list: {@code indicator} is a code, {@code area} an area code (that
     * area only), {@code within} an area code (it and every area below it).
     */
    public record Filter(
            String indicator, String area, String within, Integer year, Integer fromYear, Integer toYear) {}

    public PageResult<IndicatorValueView> list(Filter f, PageParams paging) {
        return list(f, paging, false);
    }

    private PageResult<IndicatorValueView> list(Filter f, PageParams paging, boolean publicOnly) {
        List<Problem> problems = new ArrayList<>();
        Long indicatorId = null;
        if (f.indicator() != null && !f.indicator().isBlank()) {
            IndicatorView i = indicators
                    .findByCode(f.indicator().trim())
                    .filter(x -> !publicOnly || Boolean.TRUE.equals(x.publicData()))
                    .orElse(null);
            if (i == null) {
                problems.add(Problem.field("indicator", "error.indicatorValue.unknownIndicator", f.indicator()));
            } else {
                indicatorId = Long.valueOf(i.id());
            }
        }
        Set<Long> areaIds = new HashSet<>();
        if (f.area() != null && !f.area().isBlank()) {
            areas.findByCode(f.area())
                    .ifPresentOrElse(
                            a -> areaIds.add(Long.valueOf(a.id())),
                            () -> problems.add(Problem.field("area", "error.indicatorValue.unknownArea", f.area())));
        }
        if (f.within() != null && !f.within().isBlank()) {
            AreaView w = areas.findByCode(f.within()).orElse(null);
            if (w == null) {
                problems.add(Problem.field("within", "error.indicatorValue.unknownArea", f.within()));
            } else {
                Set<Long> inside = new HashSet<>();
                areas.within(Long.valueOf(w.id()), null).forEach(a -> inside.add(Long.valueOf(a.id())));
                if (areaIds.isEmpty()) {
                    areaIds.addAll(inside);
                } else {
                    areaIds.retainAll(inside);
                    if (areaIds.isEmpty()) {
                        areaIds.add(-1L);
                    }
                }
            }
        }
        InvalidInputException.throwIfAny(problems);
        return repository
                .list(
                        new IndicatorValueRepository.Filter(
                                indicatorId, areaIds, f.year(), f.fromYear(), f.toYear(), publicOnly),
                        paging)
                .map(this::withAreaCode);
    }

    public IndicatorValueView get(String id) {
        return repository.find(Ids.parse(id)).map(this::withAreaCode).orElseThrow(NotFoundException::new);
    }

    public boolean canEditIn(Long areaId) {
        return rights.canEditValuesIn(areaId);
    }

    /** May the user write values in some area at all (to offer the forms and the import)? */
    public boolean canEditSome() {
        return rights.canEditSomeValues();
    }

    @Transactional
    public IndicatorValueView create(IndicatorValueView v) {
        Valid valid = validate(v);
        if (!rights.canEditValuesIn(valid.areaId())) {
            throw new ForbiddenException();
        }
        refuseDuplicate(valid, null);
        long id;
        try {
            id = repository.insert(valid.indicator(), valid.areaId(), valid.year(), valid.value());
        } catch (DataIntegrityViolationException e) {
            throw duplicate();
        }
        IndicatorValueView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("INDICATOR_VALUE", id, created));
        return created;
    }

    @Transactional
    public IndicatorValueView update(String id, IndicatorValueView v) {
        IndicatorValueView before = get(id);
        Valid valid = validate(v);
        if (!rights.canEditValuesIn(Long.valueOf(before.areaId())) || !rights.canEditValuesIn(valid.areaId())) {
            throw new ForbiddenException();
        }
        refuseDuplicate(valid, before.id());
        boolean ok;
        try {
            ok = v.version() != null
                    && repository.update(
                            Long.parseLong(before.id()),
                            v.version(),
                            valid.indicator(),
                            valid.areaId(),
                            valid.year(),
                            valid.value());
        } catch (DataIntegrityViolationException e) {
            throw duplicate();
        }
        if (!ok) {
            throw new StaleVersionException(before);
        }
        IndicatorValueView after = get(id);
        events.publishEvent(ItemChanged.updated("INDICATOR_VALUE", id, before, after));
        return after;
    }

    @Transactional
    public void delete(String id) {
        IndicatorValueView before = get(id);
        if (!rights.canEditValuesIn(Long.valueOf(before.areaId()))) {
            throw new ForbiddenException();
        }
        repository.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("INDICATOR_VALUE", id, before));
    }

    private record Valid(long indicator, IndicatorView definition, long areaId, int year, BigDecimal value) {}

    private Valid validate(IndicatorValueView v) {
        List<Problem> problems = new ArrayList<>();
        IndicatorView indicator = indicator(v.indicatorId(), v.indicatorCode(), problems);
        Long areaId = IndicatorValidation.area(areas, v.areaId(), v.areaCode(), problems);
        IndicatorValidation.measuredYear(v.year(), "year", problems);
        IndicatorValidation.value(indicator, v.value(), "value", problems);
        InvalidInputException.throwIfAny(problems);
        return new Valid(Long.parseLong(indicator.id()), indicator, areaId, v.year(), v.value());
    }

    private IndicatorView indicator(String id, String code, List<Problem> problems) {
        IndicatorView byCode = null;
        IndicatorView byId = null;
        boolean hasCode = code != null && !code.isBlank();
        boolean hasId = id != null && !id.isBlank();
        if (hasCode) {
            byCode = indicators.findByCode(code.trim()).orElse(null);
            if (byCode == null) {
                problems.add(Problem.field("indicatorCode", "error.indicatorValue.unknownIndicator", code.trim()));
            }
        }
        if (hasId) {
            try {
                byId = indicators.find(Ids.parse(id)).orElse(null);
            } catch (NotFoundException e) {
                byId = null;
            }
            if (byId == null) {
                problems.add(Problem.field("indicatorId", "error.indicatorValue.unknownIndicator", id.trim()));
            }
        }
        if (!hasCode && !hasId) {
            problems.add(Problem.field("indicatorCode", "validation.required"));
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field("indicatorCode", "error.indicatorValue.indicatorMismatch"));
            return null;
        }
        return byCode != null ? byCode : byId;
    }

    private void refuseDuplicate(Valid v, String exceptId) {
        repository
                .find(v.indicator(), v.areaId(), v.year())
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw duplicate();
                });
    }

    private static DomainException duplicate() {
        return new DomainException(
                409,
                "error.indicatorValue.duplicate",
                List.of(Problem.field("year", "error.indicatorValue.duplicate")));
    }

    // import and export

    /**
     * Refuses (403) a caller who may write no values at all, before the file is read: the API asks
     * this first, so that nobody can make the server read a body they may not send.
     */
    public void requireImportRight() {
        if (!rights.canEditSomeValues()) {
            throw new ForbiddenException();
        }
    }

    /**
     * Imports values from CSV or XLSX with the columns {@code indicator_code, area_code, year, value}:
     * all or nothing. A value that exists for the same indicator, area and year is refused as a
     * duplicate, unless {@code replace} asks to replace it. One audit entry, however many rows. The
     * rows are read and checked before the transaction that writes them begins.
     */
    public IndicatorImportResult importValues(byte[] content, boolean replace) {
        requireImportRight();
        long started = System.nanoTime();
        TabularData data = files.read(content, COLUMNS, List.of());
        if (data.rows().isEmpty()) {
            throw new InvalidInputException("file", "error.indicatorImport.noRows");
        }
        Map<String, IndicatorView> byCode = new HashMap<>();
        for (IndicatorView i : indicators.all()) {
            byCode.put(i.code(), i);
        }
        Map<String, Long> areaIds = new HashMap<>();
        int current = IndicatorValidation.currentYear();
        int n = data.rows().size();
        Integer[] rowNumbers = new Integer[n];
        Long[] indicatorIds = new Long[n];
        Long[] areaIdColumn = new Long[n];
        Integer[] years = new Integer[n];
        String[] values = new String[n];
        Map<Key, Integer> seen = new HashMap<>(n * 2);
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        for (TabularData.Row row : data.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            RowValues r = new RowValues(row, problems);
            String code = r.text("indicator_code", true, 60);
            IndicatorView indicator = null;
            if (code != null) {
                indicator = byCode.get(code);
                if (indicator == null) {
                    r.problem("indicator_code", "error.indicatorImport.unknownIndicator", code);
                }
            }
            String areaCode = r.text("area_code", true, 12);
            Long areaId = null;
            if (areaCode != null) {
                areaId = areaIds.computeIfAbsent(
                        areaCode,
                        c -> areas.findByCode(c).map(a -> Long.valueOf(a.id())).orElse(-1L));
                if (areaId < 0) {
                    r.problem("area_code", "error.import.unknownArea", areaCode);
                    areaId = null;
                }
            }
            Integer year = r.integer("year", true);
            if (year != null) {
                if (year < 1900) {
                    r.problem("year", "error.indicatorValue.yearTooEarly");
                    year = null;
                } else if (year > current) {
                    r.problem("year", "error.indicatorValue.futureYear", String.valueOf(year));
                    year = null;
                }
            }
            BigDecimal value = r.decimal("value", true);
            if (value != null) {
                String problem = IndicatorValidation.valueProblem(indicator, value);
                if (problem != null) {
                    r.problem("value", problem);
                    value = null;
                }
            }
            if (indicator != null && areaId != null && year != null) {
                Integer first = seen.putIfAbsent(new Key(Long.parseLong(indicator.id()), areaId, year), row.number());
                if (first != null) {
                    r.problem("year", "error.indicatorImport.duplicateRow", first);
                }
            }
            if (indicator != null && areaId != null && year != null && value != null) {
                rowNumbers[i] = row.number();
                indicatorIds[i] = Long.valueOf(indicator.id());
                areaIdColumn[i] = areaId;
                years[i] = year;
                values[i] = value.toPlainString();
            }
            i++;
        }
        if (!problems.isEmpty()) {
            throw rejected(problems, n);
        }
        Set<Long> touchedAreas = new HashSet<>(areaIds.values());
        for (Long areaId : touchedAreas) {
            if (!rights.canEditValuesIn(areaId)) {
                throw new ForbiddenException();
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            chunks.add(new Chunk(
                    java.util.Arrays.copyOfRange(rowNumbers, from, to),
                    java.util.Arrays.copyOfRange(indicatorIds, from, to),
                    java.util.Arrays.copyOfRange(areaIdColumn, from, to),
                    java.util.Arrays.copyOfRange(years, from, to),
                    java.util.Arrays.copyOfRange(values, from, to)));
        }
        Set<Long> touchedIndicators = new HashSet<>(java.util.Arrays.asList(indicatorIds));
        long checked = System.nanoTime();
        try {
            // one pass: insert, and only when a chunk collides roll back and find the rows to name
            return transactions.execute(status -> {
                int created = 0;
                int replaced = 0;
                for (Chunk c : chunks) {
                    int[] written = repository.write(c, replace);
                    if (!replace && written[0] < c.size()) {
                        throw new ValuesExist();
                    }
                    created += written[0];
                    replaced += written[1];
                }
                IndicatorImportResult result =
                        new IndicatorImportResult(n, created, replaced, touchedIndicators.size(), touchedAreas.size());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("rows", n);
                details.put("created", created);
                details.put("replaced", replaced);
                details.put("indicators", result.indicators());
                details.put("areas", result.areas());
                events.publishEvent(ItemChanged.action("INDICATOR_VALUE", "batch", "IMPORT", details));
                log.info(
                        "Imported {} indicator values: read and checked in {} ms, written in {} ms",
                        n,
                        (checked - started) / 1_000_000,
                        (System.nanoTime() - checked) / 1_000_000);
                return result;
            });
        } catch (ValuesExist e) {
            for (Chunk c : chunks) {
                for (Integer row : repository.existingRows(c, MAX_PROBLEMS - problems.size())) {
                    problems.add(Problem.cell(row, "year", "error.indicatorImport.valueExists"));
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
            throw rejected(problems, n);
        }
    }

    /** A chunk of an import met values already stored: the transaction is rolled back. */
    private static final class ValuesExist extends RuntimeException {
        ValuesExist() {
            super(null, null, false, false);
        }
    }

    private record Key(long indicator, long area, int year) {}

    private static ImportRejectedException rejected(List<Problem> problems, int rows) {
        if (problems.size() >= MAX_PROBLEMS) {
            List<Problem> capped = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            capped.add(Problem.global("error.indicatorImport.tooManyProblems", MAX_PROBLEMS));
            return new ImportRejectedException(capped);
        }
        return new ImportRejectedException(problems);
    }

    /** The import template: the header and two example rows. */
    public byte[] template(TabularFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = files.writer(format, out, "indicator_values")) {
            w.header(COLUMNS);
            int year = IndicatorValidation.currentYear() - 1;
            w.row(List.of("CRIMES_LIFE_HEALTH", "698", year, new BigDecimal("8.4")));
            w.row(List.of("CRIMES_LIFE_HEALTH", "19", year, new BigDecimal("8.9")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the values the filter selects in the import's columns, so that an export imports back. */
    public void export(Filter f, TabularFormat format, OutputStream out) throws IOException {
        export(f, format, out, false);
    }

    /** The values of public indicators as open data: anyone may read them, no login needed. */
    public void exportPublic(Filter f, TabularFormat format, OutputStream out) throws IOException {
        export(f, format, out, true);
    }

    /** Refuses a filter of the open data (an unknown or non-public indicator, an unknown area): 400. */
    public void checkPublic(Filter f) {
        list(f, PageParams.first(1), true);
    }

    private void export(Filter f, TabularFormat format, OutputStream out, boolean publicOnly) throws IOException {
        try (TableWriter w = files.writer(format, out, "indicator_values")) {
            w.header(COLUMNS);
            int page = 0;
            PageResult<IndicatorValueView> result;
            do {
                result = list(f, new PageParams(page++, PageParams.MAX_SIZE, null, true), publicOnly);
                for (IndicatorValueView v : result.content()) {
                    w.row(List.of(v.indicatorCode(), v.areaCode(), v.year(), v.value()));
                }
            } while (result.hasNext());
        }
    }

    // series, comparisons and trends for the charts

    /** One area's values of an indicator, oldest year first. */
    public List<YearValue> series(IndicatorView indicator, AreaView area) {
        return repository.series(Long.parseLong(indicator.id()), Long.parseLong(area.id()));
    }

    /** Every series of the area, by indicator id, oldest year first. */
    public Map<String, List<YearValue>> seriesOfArea(AreaView area) {
        Map<String, List<YearValue>> map = new HashMap<>();
        repository.seriesOfArea(Long.parseLong(area.id())).forEach((k, v) -> map.put(String.valueOf(k), v));
        return map;
    }

    /** The values of one year in the given areas. */
    public List<YearValue> ofYear(IndicatorView indicator, int year, Collection<AreaView> in) {
        return repository.ofYear(Long.parseLong(indicator.id()), year, ids(in));
    }

    /** The years with values in any of the given areas, oldest first. */
    public List<Integer> years(IndicatorView indicator, Collection<AreaView> in) {
        return repository.years(Long.parseLong(indicator.id()), ids(in));
    }

    /** The trend of every indicator that has values in the area, by the indicator's name. */
    public List<IndicatorTrend> trends(AreaView area) {
        Map<Long, IndicatorView> byId = new HashMap<>();
        indicators.all().forEach(i -> byId.put(Long.valueOf(i.id()), i));
        List<IndicatorTrend> list = new ArrayList<>();
        for (TrendRow t : repository.trends(Long.parseLong(area.id()))) {
            IndicatorView i = byId.get(t.indicatorId());
            if (i != null) {
                list.add(trend(i, t));
            }
        }
        list.sort(java.util.Comparator.comparing(t -> t.indicator().localName()));
        return list;
    }

    /** The trends of one indicator in the given areas, by area id. */
    public Map<String, IndicatorTrend> trends(IndicatorView indicator, Collection<AreaView> in) {
        Map<String, IndicatorTrend> map = new HashMap<>();
        for (TrendRow t : repository.trends(Long.parseLong(indicator.id()), ids(in))) {
            map.put(String.valueOf(t.areaId()), trend(indicator, t));
        }
        return map;
    }

    private static IndicatorTrend trend(IndicatorView i, TrendRow t) {
        return new IndicatorTrend(
                i,
                String.valueOf(t.areaId()),
                t.latestYear(),
                t.latestValue(),
                t.previousYear(),
                t.previousValue(),
                t.direction());
    }

    private static List<Long> ids(Collection<AreaView> in) {
        return in.stream().map(a -> Long.valueOf(a.id())).toList();
    }

    private IndicatorValueView withAreaCode(IndicatorValueView v) {
        String code = areas.find(Long.valueOf(v.areaId())).map(AreaView::code).orElse(null);
        return new IndicatorValueView(
                v.id(), v.indicatorId(), v.indicatorCode(), v.areaId(), code, v.year(), v.value(), v.version());
    }
}
