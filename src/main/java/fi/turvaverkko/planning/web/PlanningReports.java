package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.AlignmentService;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureService;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeService;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.WellbeingReportView;
import fi.turvaverkko.planning.WellbeingService;
import fi.turvaverkko.platform.PdfRenderer;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final MeasureService measures;
    private final AlignmentService alignment;
    private final WellbeingService wellbeing;
    private final PdfRenderer pdf;
    private final PlanningLabels labels;

    PlanningReports(
            ProgrammeService programmes,
            MeasureService measures,
            AlignmentService alignment,
            WellbeingService wellbeing,
            PdfRenderer pdf,
            PlanningLabels labels) {
        this.labels = labels;
        this.programmes = programmes;
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
        List<GoalView> goals = programmes.goals(p);
        List<GoalTree.Entry> tree = GoalTree.flatten(goals);
        Map<String, MeasureView> all = new LinkedHashMap<>();
        measures.list(MeasureService.Filter.ofProgramme(p.id()), PageParams.first(1000))
                .content()
                .forEach(m -> all.put(m.id(), m));
        measures.ofGoals(goals.stream().map(g -> Long.valueOf(g.id())).toList(), 2000)
                .forEach(m -> all.putIfAbsent(m.id(), m));
        // a measure serves the goals it is linked to: this programme's own, or (an action list has none
        // of its own) those of the programmes it implements, which the reader may read
        java.util.Set<String> own = new java.util.HashSet<>();
        goals.forEach(g -> own.add(g.id()));
        java.util.Set<Long> otherIds = new java.util.TreeSet<>();
        all.values()
                .forEach(m ->
                        m.goalIds().stream().filter(g -> !own.contains(g)).forEach(g -> otherIds.add(Long.valueOf(g))));
        Map<String, GoalView> others = new HashMap<>();
        programmes.findGoals(otherIds).forEach(g -> others.put(g.id(), g));
        Map<String, List<MeasureView>> byGoal = new HashMap<>();
        List<MeasureView> withoutGoal = new ArrayList<>();
        for (MeasureView m : all.values()) {
            boolean placed = false;
            for (String g : m.goalIds()) {
                if (own.contains(g) || others.containsKey(g)) {
                    byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(m);
                    placed = true;
                }
            }
            if (!placed) {
                withoutGoal.add(m);
            }
        }
        List<LinkedGoal> linked = new ArrayList<>();
        Map<String, ProgrammeView> programmeOf = new HashMap<>();
        for (GoalView g : others.values()) {
            ProgrammeView of = programmeOf.computeIfAbsent(
                    g.programmeId(), id -> programmes.find(Long.parseLong(id)).orElse(null));
            if (of != null) {
                linked.add(new LinkedGoal(g, of));
            }
        }
        java.text.Collator collator = java.text.Collator.getInstance(LocaleContextHolder.getLocale());
        linked.sort(
                java.util.Comparator.comparing((LinkedGoal l) -> l.programme().localName(), collator)
                        .thenComparing(l -> l.goal().sortOrder() == null
                                ? Integer.MAX_VALUE
                                : l.goal().sortOrder())
                        .thenComparing(l -> l.goal().label(), collator));
        Map<Integer, BigDecimal[]> costs = new TreeMap<>();
        for (MeasureView m : all.values()) {
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
        Map<String, Object> model = new HashMap<>();
        model.put("programme", p);
        model.put("marking", labels.marking(p));
        model.put("tree", tree);
        model.put("byGoal", byGoal);
        model.put("withoutGoal", withoutGoal);
        model.put("linkedGoals", linked);
        model.put("costs", costs);
        model.put("marks", alignment.marks(p, goals));
        model.put("measureCount", all.size());
        model.put("today", LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")));
        return model;
    }
}
