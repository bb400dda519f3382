package fi.turvaverkko.planning.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.Emphasis;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.TimeFormat;
import fi.turvaverkko.shared.PageParams;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The texts the product drafts for a wellbeing plan's yearly steps, from the plan's goals and the
 * measures that serve them (its own, and others' linked to its goals), their progress and costs: the
 * yearly report to the council and the yearly review in the operating plan and budget. A draft leaves
 * an instruction where the working group writes its assessment ({@link #PLACEHOLDERS}).
 */
@Component
class ReportDrafts {

    /** The instructions a draft leaves where its editors are to write (one per kind of report). */
    static final List<String> PLACEHOLDERS = List.of("report.draft.assessment.hint", "report.draft.review.hint");

    private final GoalService goals;
    private final Measures measures;
    private final Actors actors;
    private final Groups groups;
    private final Messages messages;

    ReportDrafts(GoalService goals, Measures measures, Actors actors, Groups groups, Messages messages) {
        this.goals = goals;
        this.measures = measures;
        this.actors = actors;
        this.groups = groups;
        this.messages = messages;
    }

    /**
     * The text of a yearly step, without the blank lines around it that saving would drop: a
     * draft saved unchanged stays the same text.
     */
    String body(ProgrammeView plan, String type, int year, Locale locale) {
        Content c = content(plan);
        return ("YEARLY_REPORT".equals(type)
                        ? yearlyReport(plan, c, year, locale)
                        : yearlyReview(plan, c, year, locale))
                .strip();
    }

    /** The plan's goals with the measures that serve them (its own, and others' linked to its goals). */
    private record Content(List<GoalView> goals, Map<String, List<MeasureView>> byGoal, List<MeasureView> all) {}

    /**
     * The goals and measures a drafted text of the plan quotes, read as a draft reads them: the reads
     * name those of a restricted plan in the audit log.
     */
    void quote(ProgrammeView plan) {
        content(plan);
    }

    private Content content(ProgrammeView plan) {
        List<GoalView> planGoals = goals.goals(plan);
        List<Long> goalIds = planGoals.stream().map(g -> Long.valueOf(g.id())).toList();
        Map<String, MeasureView> all = new LinkedHashMap<>();
        measures.ofGoals(goalIds, 2000).forEach(m -> all.put(m.id(), m));
        measures.ofProgramme(plan.id(), PageParams.first(1000)).content().forEach(m -> all.putIfAbsent(m.id(), m));
        Map<String, List<MeasureView>> byGoal = new HashMap<>();
        for (MeasureView m : all.values()) {
            boolean placed = false;
            for (String g : m.goalIds()) {
                if (goalIds.contains(Long.valueOf(g))) {
                    byGoal.computeIfAbsent(g, k -> new ArrayList<>()).add(m);
                    placed = true;
                }
            }
            if (!placed) {
                byGoal.computeIfAbsent("", k -> new ArrayList<>()).add(m);
            }
        }
        return new Content(planGoals, byGoal, new ArrayList<>(all.values()));
    }

    private String yearlyReport(ProgrammeView plan, Content c, int year, Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append(text(locale, "report.draft.report.intro", plan.localName(), String.valueOf(year), today(locale)))
                .append("\n\n");
        List<MeasureView> active =
                c.all().stream().filter(m -> activeIn(m, year)).toList();
        Totals t = Totals.of(active, year);
        b.append("## ").append(text(locale, "report.draft.summary")).append('\n');
        b.append(text(locale, "report.draft.report.counts", active.size(), t.done(), t.ongoing(), t.delayed()))
                .append('\n');
        b.append(text(
                        locale,
                        "report.draft.report.costs",
                        euros(t.planned()),
                        euros(t.realised()),
                        percent(t.preventiveRealised(), t.realised())))
                .append("\n\n");
        Carriers carriers = new Carriers(locale);
        appendGoals(b, c, year, locale, true, carriers);
        b.append("## ").append(text(locale, "report.draft.assessment")).append('\n');
        b.append(text(locale, "report.draft.assessment.hint")).append('\n');
        return b.toString();
    }

    /** The sums of a year over the measures active in it. */
    private record Totals(
            BigDecimal planned,
            BigDecimal realised,
            BigDecimal preventiveRealised,
            int done,
            int ongoing,
            int delayed) {

        static Totals of(List<MeasureView> active, int year) {
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal realised = BigDecimal.ZERO;
            BigDecimal preventive = BigDecimal.ZERO;
            int done = 0;
            int ongoing = 0;
            int delayed = 0;
            for (MeasureView m : active) {
                Cost cost = costOf(m, year);
                planned = planned.add(orZero(cost.planned()));
                realised = realised.add(orZero(cost.realised()));
                if (Emphasis.isPreventive(m.emphasis())) {
                    preventive = preventive.add(orZero(cost.realised()));
                }
                done += "DONE".equals(m.status()) ? 1 : 0;
                ongoing += "ONGOING".equals(m.status()) ? 1 : 0;
                delayed += Boolean.TRUE.equals(m.delayed()) ? 1 : 0;
            }
            return new Totals(planned, realised, preventive, done, ongoing, delayed);
        }
    }

    private String yearlyReview(ProgrammeView plan, Content c, int year, Locale locale) {
        int budgetYear = year + 1;
        StringBuilder b = new StringBuilder();
        b.append(text(locale, "report.draft.review.intro", plan.localName(), budgetYear, budgetYear + 2, today(locale)))
                .append("\n\n");
        Carriers carriers = new Carriers(locale);
        Map<String, BigDecimal> byCarrier = new LinkedHashMap<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal preventive = BigDecimal.ZERO;
        List<MeasureView> coming = c.all().stream()
                .filter(m -> activeIn(m, budgetYear) && !"CANCELLED".equals(m.status()) && !"DONE".equals(m.status()))
                .toList();
        for (MeasureView m : coming) {
            BigDecimal p = orZero(costOf(m, budgetYear).planned());
            planned = planned.add(p);
            if (Emphasis.isPreventive(m.emphasis())) {
                preventive = preventive.add(p);
            }
            byCarrier.merge(carriers.of(m), p, BigDecimal::add);
        }
        b.append("## ")
                .append(text(locale, "report.draft.review.budget", String.valueOf(budgetYear)))
                .append('\n');
        b.append(text(locale, "report.draft.review.total", coming.size(), euros(planned), percent(preventive, planned)))
                .append('\n');
        byCarrier.forEach((carrier, amount) -> b.append("- ")
                .append(carrier)
                .append(": ")
                .append(euros(amount))
                .append('\n'));
        b.append('\n');
        appendGoals(b, c, budgetYear, locale, false, carriers);
        b.append("## ").append(text(locale, "report.draft.assessment")).append('\n');
        b.append(text(locale, "report.draft.review.hint")).append('\n');
        return b.toString();
    }

    private void appendGoals(StringBuilder b, Content c, int year, Locale locale, boolean realised, Carriers carriers) {
        for (GoalView g : c.goals()) {
            b.append("## ").append(text(locale, "report.draft.goal", g.label())).append('\n');
            List<MeasureView> list = c.byGoal().getOrDefault(g.id(), List.of()).stream()
                    .filter(m -> activeIn(m, year))
                    .toList();
            if (list.isEmpty()) {
                b.append(text(locale, "report.draft.noMeasures", String.valueOf(year)))
                        .append("\n\n");
                continue;
            }
            for (MeasureView m : list) {
                b.append("- ").append(measureLine(m, year, locale, realised, carriers));
                if (Boolean.TRUE.equals(m.delayed())) {
                    b.append(' ').append(text(locale, "report.draft.delayed"));
                }
                b.append('\n');
            }
            b.append('\n');
        }
    }

    private String measureLine(MeasureView m, int year, Locale locale, boolean realised, Carriers carriers) {
        Cost cost = costOf(m, year);
        String status = text(locale, "measure.status." + m.status());
        return realised
                ? text(
                        locale,
                        "report.draft.measure.realised",
                        m.localTitle(),
                        status,
                        m.progressPercent() == null ? 0 : m.progressPercent(),
                        euros(cost.planned()),
                        euros(cost.realised()))
                : text(
                        locale,
                        "report.draft.measure.planned",
                        m.localTitle(),
                        status,
                        euros(cost.planned()),
                        carriers.of(m));
    }

    /** The names of the measures' cost carriers, each asked of the network once per draft. */
    private final class Carriers {
        private final Locale locale;
        private final Map<String, String> names = new HashMap<>();

        Carriers(Locale locale) {
            this.locale = locale;
        }

        String of(MeasureView m) {
            if (m.costCarrierGroupId() != null) {
                return names.computeIfAbsent(
                        "G" + m.costCarrierGroupId(),
                        k -> groups.find(Long.valueOf(m.costCarrierGroupId()))
                                .map(GroupView::localName)
                                .orElse("–"));
            }
            if (m.costCarrierActorId() != null) {
                return names.computeIfAbsent(
                        "A" + m.costCarrierActorId(),
                        k -> actors.find(Long.valueOf(m.costCarrierActorId()))
                                .map(ActorView::localName)
                                .orElse("–"));
            }
            return text(locale, "budget.noCarrier");
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /** Is the measure running in the year, or has it costs in it? */
    static boolean activeIn(MeasureView m, int year) {
        LocalDate start = m.startDate() != null
                ? m.startDate()
                : m.budgetYear() != null ? LocalDate.of(m.budgetYear(), 1, 1) : null;
        LocalDate end = m.endDate() != null
                ? m.endDate()
                : m.budgetYear() != null ? LocalDate.of(m.budgetYear(), 12, 31) : null;
        boolean hasCost = m.costs().stream().anyMatch(c -> c.year() == year);
        if (start == null && end == null) {
            return hasCost;
        }
        return hasCost || ((start == null || start.getYear() <= year) && (end == null || end.getYear() >= year));
    }

    static Cost costOf(MeasureView m, int year) {
        return m.costs().stream().filter(c -> c.year() == year).findFirst().orElse(new Cost(year, null, null));
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private static String today(Locale locale) {
        return TimeFormat.date(LocalDate.now(ProgrammeService.HELSINKI), locale);
    }

    static String euros(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("fi"));
        f.setMaximumFractionDigits(0);
        return f.format(amount == null ? BigDecimal.ZERO : amount.setScale(0, RoundingMode.HALF_UP)) + " €";
    }

    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "–";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP) + " %";
    }
}
