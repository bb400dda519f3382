package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.TableWriter;
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
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
public class IndicatorValues {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorValues.class);

    /** The columns of an import, as issue 4 names them; exports use the same. */
    public static final List<String> COLUMNS = List.of("indicator_code", "area_code", "year", "value");

    private final IndicatorValueRepository repository;
    private final IndicatorRepository indicators;
    private final IndicatorRights rights;
    private final Areas areas;
    private final TabularFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    IndicatorValues(
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
        return repository.list(
                new IndicatorValueRepository.Filter(
                        indicatorId, areaIds, f.year(), f.fromYear(), f.toYear(), publicOnly),
                paging);
    }

    public IndicatorValueView get(String id) {
        return repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public boolean canEditIn(Long areaId) {
        return rights.canEditValuesIn(areaId);
    }

    /** May the user write values in some area at all (to offer the forms and the import)? */
    public boolean canEditSome() {
        return rights.canEditSomeValues();
    }

    @Transactional
    public IndicatorValueView create(IndicatorValueCommand v) {
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
    public IndicatorValueView update(String id, Long version, IndicatorValueCommand v) {
        IndicatorValueView before = get(id);
        Valid valid = validate(v);
        if (!rights.canEditValuesIn(Long.valueOf(before.areaId())) || !rights.canEditValuesIn(valid.areaId())) {
            throw new ForbiddenException();
        }
        refuseDuplicate(valid, before.id());
        boolean ok;
        try {
            ok = version != null
                    && repository.update(
                            Long.parseLong(before.id()),
                            version,
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

    private Valid validate(IndicatorValueCommand v) {
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
}
