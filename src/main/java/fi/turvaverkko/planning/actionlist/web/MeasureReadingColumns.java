package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.planning.actionlist.domain.MeasureExport;
import fi.turvaverkko.platform.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The action list as people read it in a spreadsheet: the headings of the measure page and every
 * code as its label in the reader's language (actors and areas by name, statuses, themes and goals
 * by their texts), costs a column per year. Each name is asked once per file, whatever the number of
 * rows. The import format beside it keeps the API's field names.
 */
final class MeasureReadingColumns implements MeasureExport.ReadingColumns {

    private static final List<String> HEADINGS = List.of(
            "goal.code",
            "measure.title",
            "programme.description",
            "goalLink.programme",
            "measure.responsible",
            "measure.partners",
            "measure.areas",
            "catalogue.name.target-groups",
            "measure.themes",
            "measure.emphasis",
            "goal.title",
            "measure.startDate",
            "measure.endDate",
            "measure.status",
            "measure.delayed",
            "measure.export.progressPercent",
            "measure.fundingSource",
            "measure.budgetYear",
            "measure.planYearFrom",
            "measure.planYearTo",
            "measure.costCarrier");

    private final MeasureLabels labels;
    private final Messages messages;
    private final Programmes programmes;
    private final Map<String, String> programmeNames = new HashMap<>();
    private final Map<String, String> goalLabels = new HashMap<>();
    private final Map<String, String> actorNames = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private final Map<String, String> areaNames = new HashMap<>();

    MeasureReadingColumns(MeasureLabels labels, Messages messages, Programmes programmes) {
        this.labels = labels;
        this.messages = messages;
        this.programmes = programmes;
    }

    @Override
    public List<String> header(Set<Integer> costYears) {
        List<String> h = new ArrayList<>();
        HEADINGS.forEach(key -> h.add(messages.get(key)));
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
        r.add(actor(m.responsibleActorId()));
        r.add(joined(m.partnerActorIds(), this::actor));
        r.add(joined(m.areaCodes(), this::area));
        r.add(joined(m.targetGroups(), labels::targetGroup));
        r.add(joined(m.themes(), labels::theme));
        r.add(labels.emphasis(m.emphasis()));
        r.add(goals(m.goalIds()));
        r.add(m.startDate());
        r.add(m.endDate());
        r.add(labels.status(m.status()));
        r.add(Boolean.TRUE.equals(m.delayed()) ? messages.get("measure.delayed") : null);
        r.add(m.progressPercent());
        r.add(labels.funding(m.fundingSource()));
        r.add(m.budgetYear());
        r.add(m.planYearFrom());
        r.add(m.planYearTo());
        r.add(carrier(m));
        Map<Integer, MeasureView.Cost> byYear = new HashMap<>();
        m.costs().forEach(c -> byYear.put(c.year(), c));
        for (int y : costYears) {
            MeasureView.Cost c = byYear.get(y);
            r.add(c == null ? null : c.planned());
            r.add(c == null ? null : c.realised());
        }
        return r;
    }

    private String carrier(MeasureView m) {
        if (m.costCarrierGroupId() != null) {
            return groupNames.computeIfAbsent(
                    m.costCarrierGroupId(), id -> labels.groupNames(List.of(id)).getOrDefault(id, id));
        }
        return m.costCarrierActorId() == null ? null : actor(m.costCarrierActorId());
    }

    private String actor(String id) {
        return id == null
                ? ""
                : actorNames.computeIfAbsent(
                        id, x -> labels.actorNames(List.of(x)).getOrDefault(x, x));
    }

    private String area(String code) {
        return areaNames.computeIfAbsent(code, c -> labels.areaNames(List.of(c)).get(c));
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
        String s = ids.stream().map(goalLabels::get).filter(Objects::nonNull).collect(Collectors.joining("; "));
        return s.isEmpty() ? null : s;
    }

    private static String joined(List<String> codes, Function<String, String> label) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        return codes.stream().map(label).collect(Collectors.joining(", "));
    }
}
