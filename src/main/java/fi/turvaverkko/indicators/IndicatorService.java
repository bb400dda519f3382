package fi.turvaverkko.indicators;

import fi.turvaverkko.indicators.domain.IndicatorRepository;
import fi.turvaverkko.indicators.domain.IndicatorTargetRepository;
import fi.turvaverkko.indicators.domain.IndicatorValueRepository;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.ConflictException;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator definitions, their targets on planning's goals and the measures linked to them. Every
 * logged-in user reads them; admins and coordinators keep the definitions; targets are kept where
 * values are (the coordinator of the area's region).
 */
@Service
public class IndicatorService {

    static final int NAME = 300;

    private final IndicatorRepository repository;
    private final IndicatorTargetRepository targets;
    private final IndicatorValueRepository values;
    private final IndicatorRights rights;
    private final Catalogues catalogues;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final PlanningLinks planning;

    IndicatorService(
            IndicatorRepository repository,
            IndicatorTargetRepository targets,
            IndicatorValueRepository values,
            IndicatorRights rights,
            Catalogues catalogues,
            Areas areas,
            ApplicationEventPublisher events,
            PlanningLinks planning) {
        this.repository = repository;
        this.targets = targets;
        this.values = values;
        this.rights = rights;
        this.catalogues = catalogues;
        this.areas = areas;
        this.events = events;
        this.planning = planning;
    }

    /** The filters of the indicator list. */
    public record Filter(String text, String source, String kind, String polarity) {}

    /** The indicators anyone may read (open data): their definitions only. */
    public PageResult<IndicatorView> listPublic(String text, PageParams paging) {
        return repository.list(new IndicatorRepository.Filter(text, null, null, null, true), paging);
    }

    public PageResult<IndicatorView> list(Filter f, PageParams paging) {
        List<Problem> problems = new ArrayList<>();
        if (f.kind() != null && !f.kind().isBlank() && !IndicatorCatalogues.KINDS.contains(f.kind())) {
            problems.add(Problem.field("kind", "error.indicator.kind", f.kind()));
        }
        if (f.polarity() != null && !f.polarity().isBlank() && !IndicatorCatalogues.POLARITIES.contains(f.polarity())) {
            problems.add(Problem.field("polarity", "error.indicator.polarity", f.polarity()));
        }
        InvalidInputException.throwIfAny(problems);
        return repository.list(
                new IndicatorRepository.Filter(
                        f.text(), blank(f.source()), blank(f.kind()), blank(f.polarity()), false),
                paging);
    }

    /** Every indicator, by name: a region has tens of them, a national deployment some hundreds. */
    public List<IndicatorView> all() {
        return repository.all();
    }

    public IndicatorView get(String id) {
        return repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public IndicatorView getByCode(String code) {
        return findByCode(code).orElseThrow(NotFoundException::new);
    }

    public Optional<IndicatorView> findByCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : repository.findByCode(code.trim());
    }

    public boolean canEdit() {
        return rights.canEditDefinitions();
    }

    @Transactional
    public IndicatorView create(IndicatorView cmd) {
        if (!rights.canEditDefinitions()) {
            throw new ForbiddenException();
        }
        IndicatorView clean = validate(cmd, null);
        long id;
        try {
            id = repository.insert(clean);
        } catch (DataIntegrityViolationException e) {
            throw duplicateCode(clean.code());
        }
        IndicatorView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("INDICATOR", id, created));
        return created;
    }

    @Transactional
    public IndicatorView update(String id, IndicatorView cmd) {
        IndicatorView before = get(id);
        if (!rights.canEditDefinitions()) {
            throw new ForbiddenException();
        }
        IndicatorView clean = validate(cmd, before);
        boolean ok;
        try {
            ok = cmd.version() != null && repository.update(Long.parseLong(before.id()), cmd.version(), clean);
        } catch (DataIntegrityViolationException e) {
            throw duplicateCode(clean.code());
        }
        if (!ok) {
            throw new StaleVersionException(before);
        }
        IndicatorView after = get(id);
        events.publishEvent(ItemChanged.updated("INDICATOR", id, before, after));
        return after;
    }

    /** Deletes an indicator that has no values; one with values is refused (409). */
    @Transactional
    public void delete(String id) {
        IndicatorView before = get(id);
        if (!rights.canEditDefinitions()) {
            throw new ForbiddenException();
        }
        long indicatorId = Long.parseLong(before.id());
        if (!values.list(
                        new IndicatorValueRepository.Filter(indicatorId, null, null, null, null, false),
                        PageParams.first(1))
                .content()
                .isEmpty()) {
            throw new ConflictException("error.indicator.hasValues");
        }
        repository.delete(indicatorId);
        events.publishEvent(ItemChanged.deleted("INDICATOR", id, before));
    }

    // targets on goals

    public List<IndicatorTargetView> targets(String indicatorId) {
        IndicatorView i = get(indicatorId);
        return targets.byIndicator(Long.parseLong(i.id())).stream()
                .map(this::withAreaCode)
                .toList();
    }

    /** The targets set on a goal of the planning module, for the goal's page. */
    public List<IndicatorTargetView> targetsOfGoal(String goalId) {
        return targets.byGoal(Ids.parse(goalId)).stream()
                .map(this::withAreaCode)
                .toList();
    }

    public IndicatorTargetView target(String indicatorId, String targetId) {
        IndicatorView i = get(indicatorId);
        return targets.find(Ids.parse(targetId))
                .filter(t -> t.indicatorId().equals(i.id()))
                .map(this::withAreaCode)
                .orElseThrow(NotFoundException::new);
    }

    public boolean canEditTargetsIn(Long areaId) {
        return rights.canEditValuesIn(areaId);
    }

    public boolean canEditSomeTargets() {
        return rights.canEditSomeValues();
    }

    @Transactional
    public IndicatorTargetView addTarget(String indicatorId, IndicatorTargetView t) {
        IndicatorView i = get(indicatorId);
        ValidTarget v = validTarget(i, t, null, null);
        if (!rights.canEditValuesIn(v.areaId())) {
            throw new ForbiddenException();
        }
        long id = targets.insert(Long.parseLong(i.id()), v.goalId(), v.areaId(), v.year(), v.value(), v.note());
        IndicatorTargetView created = target(indicatorId, String.valueOf(id));
        events.publishEvent(ItemChanged.created("INDICATOR_TARGET", id, created));
        return created;
    }

    @Transactional
    public IndicatorTargetView updateTarget(String indicatorId, String targetId, IndicatorTargetView t) {
        IndicatorView i = get(indicatorId);
        IndicatorTargetView before = target(indicatorId, targetId);
        ValidTarget v = validTarget(i, t, Long.valueOf(before.id()), before.goalId());
        if (!rights.canEditValuesIn(Long.valueOf(before.areaId())) || !rights.canEditValuesIn(v.areaId())) {
            throw new ForbiddenException();
        }
        if (t.version() == null
                || !targets.update(
                        Long.parseLong(targetId), t.version(), v.goalId(), v.areaId(), v.year(), v.value(), v.note())) {
            throw new StaleVersionException(before);
        }
        IndicatorTargetView after = target(indicatorId, targetId);
        events.publishEvent(ItemChanged.updated("INDICATOR_TARGET", targetId, before, after));
        return after;
    }

    @Transactional
    public void deleteTarget(String indicatorId, String targetId) {
        IndicatorTargetView before = target(indicatorId, targetId);
        if (!rights.canEditValuesIn(Long.valueOf(before.areaId()))) {
            throw new ForbiddenException();
        }
        targets.delete(Long.parseLong(targetId));
        events.publishEvent(ItemChanged.deleted("INDICATOR_TARGET", targetId, before));
    }

    private record ValidTarget(Long goalId, long areaId, int year, BigDecimal value, String note) {}

    private ValidTarget validTarget(IndicatorView indicator, IndicatorTargetView t, Long exceptId, String oldGoal) {
        List<Problem> problems = new ArrayList<>();
        Long goalId = null;
        if (t.goalId() != null && !t.goalId().isBlank()) {
            try {
                goalId = Ids.parse(t.goalId());
                if (!t.goalId().trim().equals(oldGoal) && !planning.goalExists(goalId)) {
                    problems.add(Problem.field(
                            "goalId",
                            "error.indicatorTarget.unknownGoal",
                            t.goalId().trim()));
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field("goalId", "error.indicatorTarget.goalId"));
            }
        }
        Long areaId = IndicatorValidation.area(areas, t.areaId(), t.areaCode(), problems);
        if (t.year() == null) {
            problems.add(Problem.field("year", "validation.required"));
        } else if (t.year() < 1900 || t.year() > 2200) {
            problems.add(Problem.field("year", "error.indicatorTarget.year"));
        }
        IndicatorValidation.value(indicator, t.value(), "value", problems);
        if (t.note() != null && t.note().trim().length() > 1000) {
            problems.add(Problem.field("note", "validation.size", 1000, 0));
        }
        InvalidInputException.throwIfAny(problems);
        if (targets.exists(Long.parseLong(indicator.id()), goalId, areaId, t.year(), exceptId)) {
            throw new DomainException(
                    409,
                    "error.indicatorTarget.duplicate",
                    List.of(Problem.field("year", "error.indicatorTarget.duplicate")));
        }
        return new ValidTarget(goalId, areaId, t.year(), t.value(), blank(t.note()));
    }

    private IndicatorTargetView withAreaCode(IndicatorTargetView t) {
        String code = areas.find(Long.valueOf(t.areaId())).map(AreaView::code).orElse(null);
        return new IndicatorTargetView(
                t.id(), t.indicatorId(), t.goalId(), t.areaId(), code, t.year(), t.value(), t.note(), t.version());
    }

    // measures linked to indicators

    /** Ids of the planning module's measures that aim to move the indicator. */
    public List<String> measureIds(String indicatorId) {
        return repository.measureIds(Long.parseLong(get(indicatorId).id()));
    }

    /** The indicators a measure aims to move, for the measure's page. */
    public List<IndicatorView> indicatorsOfMeasure(String measureId) {
        return repository.byMeasure(Ids.parse(measureId));
    }

    @Transactional
    public void linkMeasure(String indicatorId, String measureId) {
        IndicatorView i = get(indicatorId);
        if (!rights.canEditDefinitions()) {
            throw new ForbiddenException();
        }
        long measure = measureId(measureId);
        if (!planning.measureExists(measure)) {
            throw new InvalidInputException("measureId", "error.indicator.unknownMeasure", String.valueOf(measure));
        }
        if (!repository.linkMeasure(Long.parseLong(i.id()), measure)) {
            throw new DomainException(
                    409,
                    "error.indicator.measureLinked",
                    List.of(Problem.field("measureId", "error.indicator.measureLinked")));
        }
        events.publishEvent(
                ItemChanged.action("INDICATOR", i.id(), "LINK_MEASURE", Map.of("measureId", String.valueOf(measure))));
    }

    @Transactional
    public void unlinkMeasure(String indicatorId, String measureId) {
        IndicatorView i = get(indicatorId);
        if (!rights.canEditDefinitions()) {
            throw new ForbiddenException();
        }
        long measure = Ids.parse(measureId);
        if (!repository.unlinkMeasure(Long.parseLong(i.id()), measure)) {
            throw new NotFoundException();
        }
        events.publishEvent(ItemChanged.action(
                "INDICATOR", i.id(), "UNLINK_MEASURE", Map.of("measureId", String.valueOf(measure))));
    }

    private static long measureId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("measureId", "validation.required");
        }
        try {
            return Ids.parse(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException("measureId", "error.indicator.measureId");
        }
    }

    // validation

    private IndicatorView validate(IndicatorView c, IndicatorView before) {
        List<Problem> problems = new ArrayList<>();
        String code = c.code() == null ? null : c.code().trim();
        if (code == null || code.isEmpty()) {
            problems.add(Problem.field("code", "validation.required"));
        } else if (!code.matches("[A-Z][A-Z0-9_]{1,59}")) {
            problems.add(Problem.field("code", "error.indicator.code"));
        }
        IndicatorValidation.text(problems, "name", c.name(), true, NAME);
        IndicatorValidation.text(problems, "nameSv", c.nameSv(), false, NAME);
        IndicatorValidation.text(problems, "nameEn", c.nameEn(), false, NAME);
        IndicatorValidation.text(problems, "description", c.description(), false, 4000);
        IndicatorValidation.text(problems, "sourceRef", c.sourceRef(), false, 100);
        catalogue(problems, IndicatorCatalogues.UNITS, "unit", c.unit());
        catalogue(problems, IndicatorCatalogues.SOURCES, "source", c.source());
        if (c.polarity() == null || c.polarity().isBlank()) {
            problems.add(Problem.field("polarity", "validation.required"));
        } else if (!IndicatorCatalogues.POLARITIES.contains(c.polarity())) {
            problems.add(Problem.field("polarity", "error.indicator.polarity", c.polarity()));
        }
        if (c.kind() == null || c.kind().isBlank()) {
            problems.add(Problem.field("kind", "validation.required"));
        } else if (!IndicatorCatalogues.KINDS.contains(c.kind())) {
            problems.add(Problem.field("kind", "error.indicator.kind", c.kind()));
        }
        if (c.decimals() != null && (c.decimals() < 0 || c.decimals() > 4)) {
            problems.add(Problem.field("decimals", "error.indicator.decimals"));
        }
        InvalidInputException.throwIfAny(problems);
        repository
                .findByCode(code)
                .filter(other -> before == null || !other.id().equals(before.id()))
                .ifPresent(other -> {
                    throw duplicateCode(code);
                });
        return new IndicatorView(
                null,
                code,
                c.name().trim(),
                blank(c.nameSv()),
                blank(c.nameEn()),
                blank(c.description()),
                c.unit(),
                c.source(),
                blank(c.sourceRef()),
                c.polarity(),
                c.kind(),
                c.decimals() == null ? 1 : c.decimals(),
                c.publicData() == null || c.publicData(),
                c.version());
    }

    private void catalogue(List<Problem> problems, String catalogue, String field, String code) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.field(field, "validation.required"));
        } else if (!catalogues.isActive(catalogue, code)) {
            problems.add(Problem.field(field, "error.catalogue.unknownCode", code));
        }
    }

    private static DomainException duplicateCode(String code) {
        return new DomainException(
                409,
                "error.indicator.duplicate",
                List.of(Problem.field("code", "error.indicator.duplicate", code)),
                code);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
