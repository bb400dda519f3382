package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.ProgrammeChanged;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wellbeing report's cycle (Act 612/2021, § 6): a broad report once a council term, a yearly
 * review in the operating plan and budget, and a yearly report to the council. For a wellbeing plan
 * the product drafts the yearly texts ({@link ReportDrafts}); the plan's editors complete and approve
 * them ({@link ReportStatus}).
 */
@Service
public class WellbeingService {

    private final ReportRepository reports;
    private final ProgrammeService programmes;
    private final ProgrammeAccess access;
    private final PlanningReads reads;
    private final ReportDrafts drafts;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    WellbeingService(
            ReportRepository reports,
            ProgrammeService programmes,
            ProgrammeAccess access,
            PlanningReads reads,
            ReportDrafts drafts,
            Messages messages,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.programmes = programmes;
        this.access = access;
        this.reads = reads;
        this.drafts = drafts;
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

    /** The years of the plan's period (from this year and three on when it has none), at most twelve. */
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
        reads.reports(handedOut);
        if (plan.isRestricted() && !handedOut.isEmpty()) {
            drafts.quote(plan);
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
        String body = drafts.body(plan, type, year, locale);
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
        String body = drafts.body(plan, type, year, locale);
        if (assessment != null) {
            for (String key : ReportDrafts.PLACEHOLDERS) {
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

    /**
     * The headings of the sections that still hold an instruction of the draft, in any language: a
     * line that is the instruction, or starts as it does (Kirjoita tähän, …).
     */
    public List<String> unfinishedSections(String body) {
        List<String> hints = new ArrayList<>();
        for (String lang : Messages.LANGUAGES) {
            for (String key : ReportDrafts.PLACEHOLDERS) {
                hints.add(messages.get(Locale.forLanguageTag(lang), key).strip());
            }
        }
        return Unfinished.sections(body, hints, messages.get("report.body"));
    }

    @Transactional
    public WellbeingReportView update(String id, ReportCommand r) {
        WellbeingReportView before = get(id);
        requireEdit(before);
        List<Problem> problems = new ArrayList<>();
        Texts.check(problems, "title", r.title(), true, 300);
        Texts.check(problems, "body", r.body(), true, 60000);
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
        ReportStatus.of(before.status()).approve();
        requireEdit(before);
        List<Problem> problems = new ArrayList<>();
        Texts.check(problems, "decisionReference", decisionReference, true, 300);
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
        events.publishEvent(new ProgrammeChanged(before.programmeId(), ProgrammeChanged.Change.UPDATED));
        return after;
    }

    @Transactional
    public void delete(String id) {
        WellbeingReportView before = get(id);
        ReportStatus.of(before.status()).requireDraft();
        requireEdit(before);
        reports.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("WELLBEING_REPORT", id, before));
    }

    private void requireEdit(WellbeingReportView r) {
        ProgrammeView plan = programmes.get(r.programmeId());
        if (!access.canEdit(plan)) {
            throw new ForbiddenException();
        }
        ReportStatus.of(r.status()).requireDraft();
    }
}
