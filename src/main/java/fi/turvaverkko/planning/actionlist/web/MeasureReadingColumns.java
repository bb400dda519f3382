package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureTransfer;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeService;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.platform.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action list as people read it in a spreadsheet: the headings of the measure page and every
 * code as its label in the reader's language (actors and areas by name, statuses, themes and goals
 * by their texts), costs a column per year. The import format beside it keeps the API's field names.
 */
final class MeasureReadingColumns implements MeasureTransfer.ReadingColumns {

    private final PlanningLabels plan;
    private final Messages messages;
    private final ProgrammeService programmes;
    private final Map<String, String> programmeNames = new HashMap<>();
    private final Map<String, String> goalLabels = new HashMap<>();

    MeasureReadingColumns(PlanningLabels plan, Messages messages, ProgrammeService programmes) {
        this.plan = plan;
        this.messages = messages;
        this.programmes = programmes;
    }

    @Override
    public List<String> header(Set<Integer> costYears) {
        List<String> h = new ArrayList<>();
        for (String key : List.of(
                "measure.code",
                "measure.title",
                "measure.description",
                "measure.programme",
                "measure.responsible",
                "measure.partners",
                "measure.areas",
                "measure.targetGroups",
                "measure.themes",
                "measure.emphasis",
                "measure.goals",
                "measure.startDate",
                "measure.endDate",
                "measure.status",
                "measure.delayed",
                "measure.export.progressPercent",
                "measure.fundingSource",
                "measure.budgetYear",
                "measure.planYearFrom",
                "measure.planYearTo",
                "measure.costCarrier")) {
            h.add(messages.get(key));
        }
        for (int y : costYears) {
            h.add(messages.get("measure.export.plannedIn", String.valueOf(y)));
            h.add(messages.get("measure.export.realisedIn", String.valueOf(y)));
        }
        return h;
    }

    @Override
    public List<Object> row(MeasureView m, Set<Integer> costYears) {
        List<Object> r = new ArrayList<>();
        r.add(m.code());
        r.add(m.localTitle());
        r.add(m.localDescription());
        r.add(programmeNames.computeIfAbsent(m.programmeId(), this::programmeName));
        r.add(plan.actor(m.responsibleActorId()));
        r.add(joined(m.partnerActorIds(), plan::actor));
        r.add(joined(m.areaCodes(), plan::area));
        r.add(joined(m.targetGroups(), plan::targetGroup));
        r.add(joined(m.themes(), plan::theme));
        r.add(plan.emphasis(m.emphasis()));
        r.add(goals(m.goalIds()));
        r.add(m.startDate());
        r.add(m.endDate());
        r.add(plan.status(m.status()));
        r.add(Boolean.TRUE.equals(m.delayed()) ? messages.get("measure.delayed") : null);
        r.add(m.progressPercent());
        r.add(plan.funding(m.fundingSource()));
        r.add(m.budgetYear());
        r.add(m.planYearFrom());
        r.add(m.planYearTo());
        r.add(
                m.costCarrierGroupId() != null
                        ? plan.group(m.costCarrierGroupId())
                        : m.costCarrierActorId() != null ? plan.actor(m.costCarrierActorId()) : null);
        Map<Integer, MeasureView.Cost> byYear = new HashMap<>();
        m.costs().forEach(c -> byYear.put(c.year(), c));
        for (int y : costYears) {
            MeasureView.Cost c = byYear.get(y);
            r.add(c == null ? null : c.planned());
            r.add(c == null ? null : c.realised());
        }
        return r;
    }

    private String programmeName(String id) {
        return programmes.find(Long.parseLong(id)).map(ProgrammeView::localName).orElse("");
    }

    private String goals(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        List<Long> missing = ids.stream()
                .filter(id -> !goalLabels.containsKey(id))
                .map(Long::valueOf)
                .toList();
        if (!missing.isEmpty()) {
            for (GoalView g : programmes.findGoals(missing)) {
                goalLabels.put(g.id(), g.label());
            }
        }
        // a goal of a plan the reader may not read is left out, as the measure page leaves it out
        String s = ids.stream().map(goalLabels::get).filter(x -> x != null).collect(Collectors.joining("; "));
        return s.isEmpty() ? null : s;
    }

    private static String joined(List<String> codes, java.util.function.Function<String, String> label) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        return codes.stream().map(label).collect(Collectors.joining(", "));
    }
}
