package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.GoalTree;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.AlignmentService;
import fi.turvaverkko.planning.domain.GoalService;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.planning.domain.WellbeingReportView;
import fi.turvaverkko.planning.domain.WellbeingService;
import fi.turvaverkko.platform.PdfRenderer;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The printable reports: a programme with its goals, measures, progress and costs, and a yearly
 * wellbeing review or report, as PDF in the reader's language; a restricted plan carries its secrecy
 * marking at the top of every page.
 */
@Component
class PlanningReports {

    private final ProgrammeService programmes;
    private final GoalService goals;
    private final Measures measures;
    private final AlignmentService alignment;
    private final WellbeingService wellbeing;
    private final PdfRenderer pdf;
    private final PlanningLabels labels;

    PlanningReports(
            ProgrammeService programmes,
            GoalService goals,
            Measures measures,
            AlignmentService alignment,
            WellbeingService wellbeing,
            PdfRenderer pdf,
            PlanningLabels labels) {
        this.labels = labels;
        this.programmes = programmes;
        this.goals = goals;
        this.measures = measures;
        this.alignment = alignment;
        this.wellbeing = wellbeing;
        this.pdf = pdf;
    }

    void programme(String id, HttpServletResponse response) throws IOException {
        ProgrammeView p = programmes.get(id);
        Map<String, Object> model = programmeModel(p);
        byte[] bytes = pdf.render("planning/pdf-programme", model, LocaleContextHolder.getLocale());
        Downloads.start(response, "application/pdf", "ohjelma-" + p.id() + ".pdf");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    void wellbeingReport(String id, HttpServletResponse response) throws IOException {
        WellbeingReportView r = wellbeing.get(id);
        ProgrammeView plan = programmes.get(r.programmeId());
        Map<String, Object> model = new HashMap<>();
        model.put("report", r);
        model.put("plan", plan);
        model.put("blocks", ReportText.blocks(r.body()));
        model.put("marking", labels.marking(plan));
        byte[] bytes = pdf.render("planning/pdf-report", model, LocaleContextHolder.getLocale());
        Downloads.start(response, "application/pdf", "hyvinvointikertomus-" + r.year() + "-" + r.id() + ".pdf");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A goal of another programme that measures of this one serve, with that programme. */
    record LinkedGoal(GoalView goal, ProgrammeView programme) {}

    /** The programme with its goals in order, the measures of each goal, and the costs per year. */
    Map<String, Object> programmeModel(ProgrammeView p) {
        List<GoalView> own = goals.goals(p);
        Map<String, MeasureView> all = new LinkedHashMap<>();
        measures.ofProgramme(p.id(), PageParams.first(1000)).content().forEach(m -> all.put(m.id(), m));
        measures.ofGoals(own.stream().map(g -> Long.valueOf(g.id())).toList(), 2000)
                .forEach(m -> all.putIfAbsent(m.id(), m));
        // a measure serves the goals it is linked to: this programme's own, or (an action list has none
        // of its own) those of the programmes it implements, which the reader may read
        Set<String> ownIds = new HashSet<>();
        own.forEach(g -> ownIds.add(g.id()));
        Set<Long> otherIds = new TreeSet<>();
        all.values()
                .forEach(m -> m.goalIds().stream()
                        .filter(g -> !ownIds.contains(g))
                        .forEach(g -> otherIds.add(Long.valueOf(g))));
        Map<String, GoalView> others = new HashMap<>();
        goals.findAll(otherIds).forEach(g -> others.put(g.id(), g));
        Map<String, List<MeasureView>> byGoal = new HashMap<>();
        List<MeasureView> withoutGoal = new ArrayList<>();
        for (MeasureView m : all.values()) {
            List<String> served = m.goalIds().stream()
                    .filter(g -> ownIds.contains(g) || others.containsKey(g))
                    .toList();
            served.forEach(
                    g -> byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(m));
            if (served.isEmpty()) {
                withoutGoal.add(m);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("programme", p);
        model.put("marking", labels.marking(p));
        model.put("tree", GoalTree.flatten(own));
        model.put("byGoal", byGoal);
        model.put("withoutGoal", withoutGoal);
        model.put("linkedGoals", linkedGoals(others.values()));
        model.put("costs", costs(all.values()));
        model.put("marks", alignment.marks(p, own));
        model.put("measureCount", all.size());
        model.put(
                "actorNames",
                labels.actorNames(all.values().stream()
                        .map(MeasureView::responsibleActorId)
                        .toList()));
        model.put("today", LocalDate.now(ProgrammeService.HELSINKI));
        return model;
    }

    /** The other programmes' goals with their programmes, by programme name, then in the goals' order. */
    private List<LinkedGoal> linkedGoals(Collection<GoalView> others) {
        Map<String, ProgrammeView> programmeOf = new HashMap<>();
        programmes
                .findAll(others.stream()
                        .map(g -> Long.valueOf(g.programmeId()))
                        .distinct()
                        .toList())
                .forEach(x -> programmeOf.put(x.id(), x));
        List<LinkedGoal> linked = new ArrayList<>();
        for (GoalView g : others) {
            ProgrammeView of = programmeOf.get(g.programmeId());
            if (of != null) {
                linked.add(new LinkedGoal(g, of));
            }
        }
        Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
        linked.sort(Comparator.comparing((LinkedGoal l) -> l.programme().localName(), collator)
                .thenComparing(l -> l.goal().sortOrder() == null
                        ? Integer.MAX_VALUE
                        : l.goal().sortOrder())
                .thenComparing(l -> l.goal().label(), collator));
        return linked;
    }

    /** Planned and realised costs summed by year. */
    private static Map<Integer, BigDecimal[]> costs(Collection<MeasureView> measures) {
        Map<Integer, BigDecimal[]> costs = new TreeMap<>();
        for (MeasureView m : measures) {
            for (MeasureView.Cost c : m.costs()) {
                BigDecimal[] sum =
                        costs.computeIfAbsent(c.year(), y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                if (c.planned() != null) {
                    sum[0] = sum[0].add(c.planned());
                }
                if (c.realised() != null) {
                    sum[1] = sum[1].add(c.realised());
                }
            }
        }
        return costs;
    }
}
