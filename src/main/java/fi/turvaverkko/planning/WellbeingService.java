package fi.turvaverkko.planning;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.domain.Emphasis;
import fi.turvaverkko.planning.domain.MeasureRepository;
import fi.turvaverkko.planning.domain.ReportRepository;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.TimeFormat;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wellbeing report's cycle (Act 612/2021, § 6): a broad report once a council term, a yearly
 * review in the operating plan and budget, and a yearly report to the council. For a wellbeing plan
 * the product drafts the yearly texts from the plan's goals, measures, progress and costs; the
 * plan's editors complete and approve them.
 */
@Service
public class WellbeingService {

    private final ReportRepository reports;
    private final ProgrammeService programmes;
    private final MeasureRepository measures;
    private final PlanningAccess access;
    private final Actors actors;
    private final Groups groups;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    WellbeingService(
            ReportRepository reports,
            ProgrammeService programmes,
            MeasureRepository measures,
            PlanningAccess access,
            Actors actors,
            Groups groups,
            Messages messages,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.programmes = programmes;
        this.measures = measures;
        this.access = access;
        this.actors = actors;
        this.groups = groups;
        this.messages = messages;
        this.events = events;
    }

    /** One year of the cycle: its yearly review (budget of the next year) and its yearly report. */
    public record Step(int year, WellbeingReportView review, WellbeingReportView report) {}

    /** The cycle of a wellbeing plan: the broad reports of the term and the yearly steps. */
    public record Cycle(ProgrammeView plan, List<ProgrammeView> broadReports, List<Step> steps, boolean canEdit) {}

    public Cycle cycle(String planId) {
        ProgrammeView plan = wellbeingPlan(planId);
        List<WellbeingReportView> all = quoting(plan, reports.ofProgramme(Long.parseLong(plan.id())));
        List<Step> steps = new ArrayList<>();
        for (int y : years(plan)) {
            steps.add(new Step(y, pick(all, "YEARLY_REVIEW", y), pick(all, "YEARLY_REPORT", y)));
        }
        // the broad report is made at the turn of the council term: show the area's reports, newest first
        List<ProgrammeView> broad = programmes.readable(PlanningCatalogues.WELLBEING_REPORT).stream()
                .filter(r -> r.areaId().equals(plan.areaId()))
                .filter(r -> overlaps(r, plan) || precedes(r, plan))
                .toList();
        return new Cycle(plan, broad, steps, access.canEdit(plan));
    }

    private static boolean overlaps(ProgrammeView a, ProgrammeView b) {
        if (a.periodStart() == null || b.periodStart() == null) {
            return true;
        }
        LocalDate aEnd = a.periodEnd() == null ? a.periodStart() : a.periodEnd();
        LocalDate bEnd = b.periodEnd() == null ? b.periodStart() : b.periodEnd();
        return !a.periodStart().isAfter(bEnd) && !b.periodStart().isAfter(aEnd);
    }

    /** Does the report end at most a year before the plan starts (the term that led to the plan)? */
    private static boolean precedes(ProgrammeView report, ProgrammeView plan) {
        return report.periodEnd() != null
                && plan.periodStart() != null
                && !report.periodEnd().isAfter(plan.periodStart())
                && report.periodEnd().plusYears(1).isAfter(plan.periodStart());
    }

    static List<Integer> years(ProgrammeView plan) {
        int now = LocalDate.now(ProgrammeService.HELSINKI).getYear();
        int from = plan.periodStart() == null ? now : plan.periodStart().getYear();
        int to = plan.periodEnd() == null ? from + 3 : plan.periodEnd().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to && years.size() < 12; y++) {
            years.add(y);
        }
        return years;
    }

    private static WellbeingReportView pick(List<WellbeingReportView> all, String type, int year) {
        return all.stream()
                .filter(r -> r.type().equals(type) && r.year() == year)
                .findFirst()
                .orElse(null);
    }

    private ProgrammeView wellbeingPlan(String planId) {
        ProgrammeView plan = programmes.get(planId);
        if (!PlanningCatalogues.WELLBEING_PLAN.equals(plan.kind())) {
            throw new ConflictException("error.report.notWellbeingPlan");
        }
        return plan;
    }

    public List<WellbeingReportView> list(String planId) {
        ProgrammeView plan = wellbeingPlan(planId);
        return quoting(plan, reports.ofProgramme(Long.parseLong(plan.id())));
    }

    public WellbeingReportView get(String id) {
        WellbeingReportView r = reports.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
        quoting(programmes.get(r.programmeId()), List.of(r));
        return r;
    }

    /**
     * Reports handed to the caller, for the audit log: a restricted plan's reports, and the goals and
     * measures of the plan that their drafted text quotes (ADR 0024).
     */
    private List<WellbeingReportView> quoting(ProgrammeView plan, List<WellbeingReportView> handedOut) {
        access.readReports(handedOut);
        if (plan.isRestricted() && !handedOut.isEmpty()) {
            access.readMeasures(content(plan).all());
        }
        return handedOut;
    }

    public boolean canEdit(WellbeingReportView r) {
        return "DRAFT".equals(r.status())
                && programmes
                        .find(Long.parseLong(r.programmeId()))
                        .map(access::canEdit)
                        .orElse(false);
    }

    /** Drafts the yearly review or report of a year from the plan's data. */
    @Transactional
    public WellbeingReportView draft(String planId, String type, Integer year) {
        ProgrammeView plan = wellbeingPlan(planId);
        if (!access.canEdit(plan)) {
            throw new ForbiddenException();
        }
        List<Problem> problems = new ArrayList<>();
        if (type == null || !WellbeingReportView.TYPES.contains(type)) {
            problems.add(Problem.field("type", "error.catalogue.unknownCode", String.valueOf(type)));
        }
        if (year == null) {
            problems.add(Problem.field("year", "validation.required"));
        } else if (!years(plan).contains(year)) {
            problems.add(Problem.field("year", "error.report.yearOutsidePlan", String.valueOf(year)));
        }
        InvalidInputException.throwIfAny(problems);
        if (reports.find(Long.parseLong(plan.id()), type, year).isPresent()) {
            throw new DomainException(
                    409,
                    "error.report.exists",
                    List.of(Problem.field("year", "error.report.exists", String.valueOf(year))),
                    String.valueOf(year));
        }
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.get(locale, "report.title." + type, plan.localName(), String.valueOf(year));
        String body =
                "YEARLY_REPORT".equals(type) ? yearlyReport(plan, year, locale) : yearlyReview(plan, year, locale);
        long id = reports.insert(
                Long.parseLong(plan.id()),
                type,
                year,
                title,
                body,
                access.user().username());
        WellbeingReportView created = reports.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("WELLBEING_REPORT", id, created));
        return created;
    }

    /**
     * Drafts and records a yearly step without rights checks, for demo data: approved with the given
     * decision when {@code decisionReference} is set, its working group's {@code assessment} written
     * where the draft asks for it (an approved report never keeps the template's instructions).
     */
    @Transactional
    public WellbeingReportView loadDraft(
            String planId,
            String type,
            int year,
            Locale locale,
            String by,
            String decisionReference,
            String assessment) {
        ProgrammeView plan = programmes.find(Long.parseLong(planId)).orElseThrow();
        String title = messages.get(locale, "report.title." + type, plan.name(), String.valueOf(year));
        String body =
                "YEARLY_REPORT".equals(type) ? yearlyReport(plan, year, locale) : yearlyReview(plan, year, locale);
        if (assessment != null) {
            for (String key : PLACEHOLDERS) {
                body = body.replace(messages.get(locale, key), assessment);
            }
        }
        long id = reports.insert(Long.parseLong(plan.id()), type, year, title, body, by);
        if (decisionReference != null) {
            if (!unfinishedSections(body).isEmpty()) {
                throw new IllegalStateException("demo report " + title + " still holds the template's instructions");
            }
            reports.approve(id, by, decisionReference, OffsetDateTime.now());
        }
        return reports.find(id).orElseThrow();
    }

    /** The instructions a draft leaves where its editors are to write (one per kind of report). */
    static final List<String> PLACEHOLDERS = List.of("report.draft.assessment.hint", "report.draft.review.hint");

    /**
     * The headings of the sections that still hold an instruction of the draft, in any language: a
     * line that is the instruction, or starts as it does (Kirjoita tähän, …).
     */
    public List<String> unfinishedSections(String body) {
        List<String> hints = new ArrayList<>();
        for (String lang : Messages.LANGUAGES) {
            for (String key : PLACEHOLDERS) {
                hints.add(messages.get(Locale.forLanguageTag(lang), key).strip());
            }
        }
        List<String> found = new ArrayList<>();
        String heading = null;
        for (String raw : body == null ? new String[0] : body.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                heading = line.substring(3).strip();
            } else if (!line.isEmpty()
                    && hints.stream().anyMatch(h -> line.contains(h) || line.startsWith(opening(h)))) {
                String name = heading == null ? messages.get("report.body") : heading;
                if (!found.contains(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /** The words an instruction opens with, up to its first comma (at least its first two words). */
    private static String opening(String hint) {
        int comma = hint.indexOf(',');
        if (comma > 0) {
            return hint.substring(0, comma);
        }
        String[] words = hint.split("\\s+");
        return words.length < 2 ? hint : words[0] + " " + words[1];
    }

    @Transactional
    public WellbeingReportView update(String id, WellbeingReportView r) {
        WellbeingReportView before = get(id);
        requireEdit(before);
        List<Problem> problems = new ArrayList<>();
        PlanningValidation.text(problems, "title", r.title(), true, 300);
        PlanningValidation.text(problems, "body", r.body(), true, 60000);
        InvalidInputException.throwIfAny(problems);
        if (r.version() == null
                || !reports.update(
                        Long.parseLong(id),
                        r.version(),
                        r.title().trim(),
                        r.body().strip())) {
            throw new StaleVersionException(before);
        }
        WellbeingReportView after = reports.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("WELLBEING_REPORT", id, before, after));
        return after;
    }

    /** Records the council's (or board's) decision on the report. */
    @Transactional
    public WellbeingReportView approve(String id, String decisionReference) {
        WellbeingReportView before = get(id);
        if (!"DRAFT".equals(before.status())) {
            throw new ConflictException("error.report.approved");
        }
        requireEdit(before);
        List<Problem> problems = new ArrayList<>();
        PlanningValidation.text(problems, "decisionReference", decisionReference, true, 300);
        InvalidInputException.throwIfAny(problems);
        // a report goes to the council as written: not with the draft's instructions in it
        List<String> unfinished = unfinishedSections(before.body());
        if (!unfinished.isEmpty()) {
            String sections = String.join(", ", unfinished);
            throw new DomainException(
                    409,
                    "error.report.unfinished",
                    List.of(Problem.field("body", "error.report.unfinished", sections)),
                    sections);
        }
        if (!reports.approve(
                Long.parseLong(id), access.user().username(), decisionReference.trim(), OffsetDateTime.now())) {
            throw new StaleVersionException(before);
        }
        WellbeingReportView after = reports.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.action(
                "WELLBEING_REPORT", id, "APPROVED", Map.of("decisionReference", decisionReference.trim())));
        return after;
    }

    @Transactional
    public void delete(String id) {
        WellbeingReportView before = get(id);
        if (!"DRAFT".equals(before.status())) {
            throw new ConflictException("error.report.approved");
        }
        requireEdit(before);
        reports.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("WELLBEING_REPORT", id, before));
    }

    private void requireEdit(WellbeingReportView r) {
        ProgrammeView plan = programmes.get(r.programmeId());
        if (!access.canEdit(plan)) {
            throw new ForbiddenException();
        }
        if (!"DRAFT".equals(r.status())) {
            throw new ConflictException("error.report.approved");
        }
    }

    // the drafts

    /** The plan's goals with the measures that serve them (its own, and others' linked to its goals). */
    record PlanContent(List<GoalView> goals, Map<String, List<MeasureView>> byGoal, List<MeasureView> all) {}

    PlanContent content(ProgrammeView plan) {
        List<GoalView> goals = programmes.goals(plan);
        Set<Long> hidden = access.hidden();
        Map<String, MeasureView> all = new LinkedHashMap<>();
        List<Long> goalIds = goals.stream().map(g -> Long.valueOf(g.id())).toList();
        for (MeasureView m : measures.ofGoals(goalIds, hidden, 2000)) {
            all.put(m.id(), m);
        }
        measures.list(
                        MeasureRepository.Filter.ofProgramme(Long.parseLong(plan.id()), hidden),
                        fi.turvaverkko.shared.PageParams.first(1000))
                .content()
                .forEach(m -> all.putIfAbsent(m.id(), m));
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
        return new PlanContent(goals, byGoal, new ArrayList<>(all.values()));
    }

    private String yearlyReport(ProgrammeView plan, int year, Locale locale) {
        PlanContent c = content(plan);
        StringBuilder b = new StringBuilder();
        b.append(messages.get(
                        locale, "report.draft.report.intro", plan.localName(), String.valueOf(year), today(locale)))
                .append("\n\n");
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        BigDecimal preventive = BigDecimal.ZERO;
        int done = 0;
        int ongoing = 0;
        int delayed = 0;
        List<MeasureView> active =
                c.all().stream().filter(m -> activeIn(m, year)).toList();
        for (MeasureView m : active) {
            Cost cost = costOf(m, year);
            planned = planned.add(cost.planned() == null ? BigDecimal.ZERO : cost.planned());
            BigDecimal r = cost.realised() == null ? BigDecimal.ZERO : cost.realised();
            realised = realised.add(r);
            if (Emphasis.isPreventive(m.emphasis())) {
                preventive = preventive.add(r);
            }
            if ("DONE".equals(m.status())) {
                done++;
            } else if ("ONGOING".equals(m.status())) {
                ongoing++;
            }
            if (Boolean.TRUE.equals(m.delayed())) {
                delayed++;
            }
        }
        b.append("## ").append(messages.get(locale, "report.draft.summary")).append('\n');
        b.append(messages.get(locale, "report.draft.report.counts", active.size(), done, ongoing, delayed))
                .append('\n');
        b.append(messages.get(
                        locale,
                        "report.draft.report.costs",
                        euros(planned, locale),
                        euros(realised, locale),
                        percent(preventive, realised)))
                .append("\n\n");
        appendGoals(b, c, year, locale, true);
        b.append("## ").append(messages.get(locale, "report.draft.assessment")).append('\n');
        b.append(messages.get(locale, "report.draft.assessment.hint")).append('\n');
        return b.toString();
    }

    private String yearlyReview(ProgrammeView plan, int year, Locale locale) {
        PlanContent c = content(plan);
        int budgetYear = year + 1;
        StringBuilder b = new StringBuilder();
        b.append(messages.get(
                        locale,
                        "report.draft.review.intro",
                        plan.localName(),
                        budgetYear,
                        budgetYear + 2,
                        today(locale)))
                .append("\n\n");
        Map<String, BigDecimal> byCarrier = new LinkedHashMap<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal preventive = BigDecimal.ZERO;
        List<MeasureView> coming = c.all().stream()
                .filter(m -> activeIn(m, budgetYear) && !"CANCELLED".equals(m.status()) && !"DONE".equals(m.status()))
                .toList();
        for (MeasureView m : coming) {
            Cost cost = costOf(m, budgetYear);
            BigDecimal p = cost.planned() == null ? BigDecimal.ZERO : cost.planned();
            planned = planned.add(p);
            if (Emphasis.isPreventive(m.emphasis())) {
                preventive = preventive.add(p);
            }
            byCarrier.merge(carrier(m, locale), p, BigDecimal::add);
        }
        b.append("## ")
                .append(messages.get(locale, "report.draft.review.budget", String.valueOf(budgetYear)))
                .append('\n');
        b.append(messages.get(
                        locale,
                        "report.draft.review.total",
                        coming.size(),
                        euros(planned, locale),
                        percent(preventive, planned)))
                .append('\n');
        for (var e : byCarrier.entrySet()) {
            b.append("- ")
                    .append(e.getKey())
                    .append(": ")
                    .append(euros(e.getValue(), locale))
                    .append('\n');
        }
        b.append('\n');
        appendGoals(b, c, budgetYear, locale, false);
        b.append("## ").append(messages.get(locale, "report.draft.assessment")).append('\n');
        b.append(messages.get(locale, "report.draft.review.hint")).append('\n');
        return b.toString();
    }

    private void appendGoals(StringBuilder b, PlanContent c, int year, Locale locale, boolean realised) {
        for (GoalView g : c.goals()) {
            b.append("## ")
                    .append(messages.get(locale, "report.draft.goal", g.label()))
                    .append('\n');
            List<MeasureView> list = c.byGoal().getOrDefault(g.id(), List.of()).stream()
                    .filter(m -> activeIn(m, year))
                    .toList();
            if (list.isEmpty()) {
                b.append(messages.get(locale, "report.draft.noMeasures", String.valueOf(year)))
                        .append("\n\n");
                continue;
            }
            for (MeasureView m : list) {
                Cost cost = costOf(m, year);
                String status = messages.get(locale, "measure.status." + m.status());
                String line = realised
                        ? messages.get(
                                locale,
                                "report.draft.measure.realised",
                                m.localTitle(),
                                status,
                                m.progressPercent() == null ? 0 : m.progressPercent(),
                                euros(cost.planned(), locale),
                                euros(cost.realised(), locale))
                        : messages.get(
                                locale,
                                "report.draft.measure.planned",
                                m.localTitle(),
                                status,
                                euros(cost.planned(), locale),
                                carrier(m, locale));
                b.append("- ").append(line);
                if (Boolean.TRUE.equals(m.delayed())) {
                    b.append(' ').append(messages.get(locale, "report.draft.delayed"));
                }
                b.append('\n');
            }
            b.append('\n');
        }
    }

    private String carrier(MeasureView m, Locale locale) {
        if (m.costCarrierGroupId() != null) {
            return groups.find(Long.valueOf(m.costCarrierGroupId()))
                    .map(GroupView::localName)
                    .orElse("–");
        }
        if (m.costCarrierActorId() != null) {
            return actors.find(Long.valueOf(m.costCarrierActorId()))
                    .map(ActorView::localName)
                    .orElse("–");
        }
        return messages.get(locale, "budget.noCarrier");
    }

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

    private static String today(Locale locale) {
        return TimeFormat.date(LocalDate.now(ProgrammeService.HELSINKI), locale);
    }

    static String euros(BigDecimal amount, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("fi"));
        f.setMaximumFractionDigits(0);
        return f.format(amount == null ? BigDecimal.ZERO : amount.setScale(0, RoundingMode.HALF_UP)) + " €";
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "–";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP) + " %";
    }

    Optional<ProgrammeView> plan(String id) {
        return programmes.find(Long.parseLong(id));
    }
}
