package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets of an indicator: a value to reach in an area by a year, optionally on a goal of the
 * planning module. They are kept where values are (the coordinator of the area's region); one target
 * per indicator, goal, area and year.
 */
@Service
public class IndicatorTargets {

    private final Indicators indicators;
    private final IndicatorTargetRepository targets;
    private final IndicatorRights rights;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final PlanningLinks planning;

    IndicatorTargets(
            Indicators indicators,
            IndicatorTargetRepository targets,
            IndicatorRights rights,
            Areas areas,
            ApplicationEventPublisher events,
            PlanningLinks planning) {
        this.indicators = indicators;
        this.targets = targets;
        this.rights = rights;
        this.areas = areas;
        this.events = events;
        this.planning = planning;
    }

    public List<IndicatorTargetView> of(String indicatorId) {
        IndicatorView i = indicators.get(indicatorId);
        return targets.byIndicator(Long.parseLong(i.id())).stream().toList();
    }

    /** The targets set on a goal of the planning module, for the goal's page. */
    public List<IndicatorTargetView> ofGoal(String goalId) {
        return targets.byGoal(Ids.parse(goalId)).stream().toList();
    }

    public IndicatorTargetView get(String indicatorId, String targetId) {
        IndicatorView i = indicators.get(indicatorId);
        return targets.find(Ids.parse(targetId))
                .filter(t -> t.indicatorId().equals(i.id()))
                .orElseThrow(NotFoundException::new);
    }

    public boolean canEditIn(Long areaId) {
        return rights.canEditValuesIn(areaId);
    }

    public boolean canEditSome() {
        return rights.canEditSomeValues();
    }

    @Transactional
    public IndicatorTargetView add(String indicatorId, IndicatorTargetCommand t) {
        IndicatorView i = indicators.get(indicatorId);
        ValidTarget v = validTarget(i, t, null, null);
        if (!rights.canEditValuesIn(v.areaId())) {
            throw new ForbiddenException();
        }
        long id = targets.insert(Long.parseLong(i.id()), v.goalId(), v.areaId(), v.year(), v.value(), v.note());
        IndicatorTargetView created = get(indicatorId, String.valueOf(id));
        events.publishEvent(ItemChanged.created("INDICATOR_TARGET", id, created));
        return created;
    }

    @Transactional
    public IndicatorTargetView update(String indicatorId, String targetId, Long version, IndicatorTargetCommand t) {
        IndicatorView i = indicators.get(indicatorId);
        IndicatorTargetView before = get(indicatorId, targetId);
        ValidTarget v = validTarget(i, t, Long.valueOf(before.id()), before.goalId());
        if (!rights.canEditValuesIn(Long.valueOf(before.areaId())) || !rights.canEditValuesIn(v.areaId())) {
            throw new ForbiddenException();
        }
        if (version == null
                || !targets.update(
                        Long.parseLong(targetId), version, v.goalId(), v.areaId(), v.year(), v.value(), v.note())) {
            throw new StaleVersionException(before);
        }
        IndicatorTargetView after = get(indicatorId, targetId);
        events.publishEvent(ItemChanged.updated("INDICATOR_TARGET", targetId, before, after));
        return after;
    }

    @Transactional
    public void delete(String indicatorId, String targetId) {
        IndicatorTargetView before = get(indicatorId, targetId);
        if (!rights.canEditValuesIn(Long.valueOf(before.areaId()))) {
            throw new ForbiddenException();
        }
        targets.delete(Long.parseLong(targetId));
        events.publishEvent(ItemChanged.deleted("INDICATOR_TARGET", targetId, before));
    }

    private record ValidTarget(Long goalId, long areaId, int year, BigDecimal value, String note) {}

    private ValidTarget validTarget(IndicatorView indicator, IndicatorTargetCommand t, Long exceptId, String oldGoal) {
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
        return new ValidTarget(goalId, areaId, t.year(), t.value(), Indicators.blank(t.note()));
    }
}
