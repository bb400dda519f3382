package fi.turvaverkko.planning.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActionItemSource;
import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.Meetings;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureService;
import fi.turvaverkko.planning.MeasureTransfer;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.ProgrammeService;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.ProgressView;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action-list pages: the filtered list with export, a measure with its costs and progress, the
 * measure form, progress updates, the import with its error report, and turning meeting action
 * items into measures.
 */
@Controller
class MeasurePageController {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final int COST_ROWS = 5;

    private final MeasureService measures;
    private final MeasureTransfer transfer;
    private final ProgrammeService programmes;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;
    private final Meetings meetings;
    private final Messages messages;
    private final PlatformProperties properties;
    private final PlanningLabels labels;

    MeasurePageController(
            MeasureService measures,
            MeasureTransfer transfer,
            ProgrammeService programmes,
            Actors actors,
            Groups groups,
            Areas areas,
            Meetings meetings,
            Messages messages,
            PlatformProperties properties,
            PlanningLabels labels) {
        this.labels = labels;
        this.measures = measures;
        this.transfer = transfer;
        this.programmes = programmes;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
        this.meetings = meetings;
        this.messages = messages;
        this.properties = properties;
    }

    /** The measure form; the cost carrier is {@code G<id>} for a group or {@code A<id>} for an actor. */
    record MeasureForm(
            String programmeId,
            String code,
            String title,
            String titleSv,
            String description,
            String descriptionSv,
            String responsibleActorId,
            List<String> partnerActorIds,
            List<String> areaCodes,
            List<String> targetGroups,
            List<String> themes,
            String emphasis,
            List<String> goalIds,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            String fundingSource,
            Integer budgetYear,
            Integer planYearFrom,
            Integer planYearTo,
            String costCarrier,
            List<String> costYear,
            List<String> costPlanned,
            List<String> costRealised,
            String sourceActionItemId,
            Long version) {

        static MeasureForm of(MeasureView m) {
            List<String> years = new ArrayList<>();
            List<String> planned = new ArrayList<>();
            List<String> realised = new ArrayList<>();
            for (Cost c : m.costs()) {
                years.add(String.valueOf(c.year()));
                planned.add(amount(c.planned()));
                realised.add(amount(c.realised()));
            }
            return new MeasureForm(
                    m.programmeId(),
                    m.code(),
                    m.title(),
                    m.titleSv(),
                    m.description(),
                    m.descriptionSv(),
                    m.responsibleActorId(),
                    m.partnerActorIds(),
                    m.areaCodes(),
                    m.targetGroups(),
                    m.themes(),
                    m.emphasis(),
                    m.goalIds(),
                    m.startDate(),
                    m.endDate(),
                    m.status(),
                    m.fundingSource(),
                    m.budgetYear(),
                    m.planYearFrom(),
                    m.planYearTo(),
                    m.costCarrierGroupId() != null
                            ? "G" + m.costCarrierGroupId()
                            : m.costCarrierActorId() != null ? "A" + m.costCarrierActorId() : null,
                    years,
                    planned,
                    realised,
                    m.sourceActionItemId(),
                    m.version());
        }

        private static String amount(BigDecimal d) {
            return d == null ? "" : d.stripTrailingZeros().toPlainString().replace('.', ',');
        }

        /** The costs as typed; a value that is no number is a problem of the form. */
        List<Cost> costs(List<Problem> problems) {
            List<Cost> costs = new ArrayList<>();
            if (costYear == null) {
                return costs;
            }
            for (int i = 0; i < costYear.size(); i++) {
                String y = costYear.get(i) == null ? "" : costYear.get(i).trim();
                BigDecimal p = parse(costPlanned, i, problems);
                BigDecimal r = parse(costRealised, i, problems);
                if (y.isEmpty()) {
                    if (p != null || r != null) {
                        problems.add(Problem.field("costs", "error.measure.costYearMissing"));
                    }
                    continue;
                }
                if (!y.matches("[0-9]{4}")) {
                    problems.add(Problem.field("costs", "error.measure.year"));
                    continue;
                }
                if (p != null || r != null) {
                    costs.add(new Cost(Integer.valueOf(y), p, r));
                }
            }
            return costs;
        }

        private static BigDecimal parse(List<String> values, int i, List<Problem> problems) {
            if (values == null
                    || i >= values.size()
                    || values.get(i) == null
                    || values.get(i).isBlank()) {
                return null;
            }
            String v = values.get(i)
                    .replace('\u00a0', ' ')
                    .replace(" ", "")
                    .replace("€", "")
                    .replace(',', '.');
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                problems.add(Problem.field("costs", "error.measure.costFormat", values.get(i)));
                return null;
            }
        }

        MeasureView toView(List<Cost> costs) {
            String carrierGroup = costCarrier != null && costCarrier.startsWith("G") ? costCarrier.substring(1) : null;
            String carrierActor = costCarrier != null && costCarrier.startsWith("A") ? costCarrier.substring(1) : null;
            return new MeasureView(
                    null,
                    programmeId,
                    code,
                    title,
                    titleSv,
                    description,
                    descriptionSv,
                    responsibleActorId,
                    partnerActorIds == null ? List.of() : partnerActorIds,
                    areaCodes == null ? List.of() : areaCodes,
                    targetGroups == null ? List.of() : targetGroups,
                    themes == null ? List.of() : themes,
                    emphasis,
                    goalIds == null ? List.of() : goalIds,
                    startDate,
                    endDate,
                    status,
                    null,
                    null,
                    null,
                    fundingSource,
                    budgetYear,
                    planYearFrom,
                    planYearTo,
                    carrierGroup,
                    carrierActor,
                    costs,
                    sourceActionItemId,
                    null,
                    null,
                    version);
        }
    }

    /** The progress form. */
    record ProgressForm(LocalDate date, String status, Integer percent, String text, String realisedCost) {}

    @GetMapping("/measures")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String responsibleActor,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String goal,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        MeasureService.Filter filter = new MeasureService.Filter(
                q, programme, area, theme, targetGroup, emphasis, status, responsibleActor, year, goal);
        PageResult<MeasureView> result = measures.list(filter, PageParams.of(page, 20, sort));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("programmeNames", programmeNames(result.content()));
        model.addAttribute("restrictedProgrammes", restrictedProgrammes(result.content()));
        model.addAttribute("actorNames", actorNames(result.content()));
        model.addAttribute("programmeOptions", programmeOptions());
        model.addAttribute("canCreate", !programmes.editable().isEmpty());
        model.addAttribute("exportQuery", request.getQueryString() == null ? "" : request.getQueryString());
        return Views.pageOrFragment(request, "planning/measures", "results");
    }

    private Map<String, String> programmeNames(List<MeasureView> list) {
        Map<String, String> names = new HashMap<>();
        programmes
                .findAll(list.stream()
                        .map(m -> Long.valueOf(m.programmeId()))
                        .distinct()
                        .toList())
                .forEach(p -> names.put(p.id(), p.localName()));
        return names;
    }

    /** The restricted programmes among those of the listed measures, whose rows carry the marking. */
    private Set<String> restrictedProgrammes(List<MeasureView> list) {
        Set<String> ids = new HashSet<>();
        programmes
                .findAll(list.stream()
                        .map(m -> Long.valueOf(m.programmeId()))
                        .distinct()
                        .toList())
                .stream()
                .filter(ProgrammeView::isRestricted)
                .forEach(p -> ids.add(p.id()));
        return ids;
    }

    private Map<String, String> actorNames(List<MeasureView> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(m -> ids.add(Long.valueOf(m.responsibleActorId())));
        Map<String, String> names = new HashMap<>();
        actors.findAll(ids).forEach(a -> names.put(a.id(), a.localName()));
        return names;
    }

    private List<Option> programmeOptions() {
        return programmes.choices().stream()
                .map(p -> new Option(p.id(), p.localName()))
                .toList();
    }

    @GetMapping("/measures/{id}")
    String show(@PathVariable String id, Model model) {
        MeasureView m = measures.get(id);
        ProgrammeView p = programmes.get(m.programmeId());
        model.addAttribute("measure", m);
        model.addAttribute("programme", p);
        model.addAttribute("progress", measures.progress(id, 100));
        model.addAttribute("canEdit", measures.canEdit(m));
        model.addAttribute("canDelete", measures.canDelete(m));
        model.addAttribute(
                "goals",
                programmes.findGoals(m.goalIds().stream().map(Long::valueOf).toList()));
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute(
                    "progressForm", new ProgressForm(LocalDate.now(HELSINKI), m.status(), m.progressPercent(), "", ""));
        }
        return "planning/measure";
    }

    @GetMapping("/measures/new")
    String initCreate(
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String actionItem,
            Model model) {
        List<ProgrammeView> editable = programmes.editable();
        if (editable.isEmpty()) {
            throw new ForbiddenException();
        }
        CurrentUser u = CurrentUser.get();
        String responsible =
                u.actorIds().stream().sorted().findFirst().map(String::valueOf).orElse(null);
        String title = "";
        String description = "";
        LocalDate end = null;
        String source = null;
        if (actionItem != null && !actionItem.isBlank()) {
            ActionItemSource s = meetings.actionItemSource(actionItem);
            source = s.item().id();
            description = s.item().description() + "\n\n"
                    + messages.get(
                            "measure.fromMeeting",
                            s.group().localName(),
                            s.meeting().title());
            title = s.item().description().length() > 120
                    ? s.item().description().substring(0, 117) + "…"
                    : s.item().description();
            if (s.item().responsibleActorId() != null) {
                responsible = s.item().responsibleActorId();
            }
            end = s.item().dueDate();
        }
        String programmeId = programme != null && editable.stream().anyMatch(p -> p.id().equals(programme))
                ? programme
                : editable.get(0).id();
        int year = LocalDate.now(HELSINKI).getYear();
        List<String> years = new ArrayList<>();
        for (int y = year; y < year + 3; y++) {
            years.add(String.valueOf(y));
        }
        model.addAttribute(
                "measure",
                new MeasureForm(
                        programmeId,
                        "",
                        title,
                        "",
                        description,
                        "",
                        responsible,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        "PREVENTION",
                        List.of(),
                        LocalDate.now(HELSINKI),
                        end,
                        "PLANNED",
                        "MUNICIPAL_BUDGET",
                        year,
                        year,
                        year + 2,
                        null,
                        years,
                        List.of(),
                        List.of(),
                        source,
                        null));
        return form(model, null);
    }

    @PostMapping("/measures/new")
    String processCreate(
            @ModelAttribute("measure") MeasureForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                List<Problem> problems = new ArrayList<>();
                List<Cost> costs = form.costs(problems);
                fi.turvaverkko.shared.InvalidInputException.throwIfAny(problems);
                MeasureView created = measures.create(form.toView(costs));
                redirect.addFlashAttribute("notice", messages.get("measure.created", created.title()));
                return "redirect:/measures/" + created.id();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return form(model, null);
    }

    @GetMapping("/measures/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        MeasureView m = measures.get(id);
        if (!measures.canEdit(m)) {
            throw new ForbiddenException();
        }
        model.addAttribute("measure", MeasureForm.of(m));
        return form(model, m);
    }

    @PostMapping("/measures/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("measure") MeasureForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        MeasureView existing = measures.get(id);
        if (!binding.hasErrors()) {
            try {
                List<Problem> problems = new ArrayList<>();
                List<Cost> costs = form.costs(problems);
                fi.turvaverkko.shared.InvalidInputException.throwIfAny(problems);
                measures.update(id, form.toView(costs));
                redirect.addFlashAttribute("notice", messages.get("measure.saved", form.title()));
                return "redirect:/measures/" + id;
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return form(model, existing);
    }

    private String form(Model model, MeasureView existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("programme", existing == null ? null : programmes.get(existing.programmeId()));
        List<ProgrammeView> editable = programmes.editable();
        model.addAttribute(
                "programmeOptions",
                Option.sorted(editable.stream()
                        .map(p -> new Option(p.id(), p.localName()))
                        .toList()));
        CurrentUser u = CurrentUser.get();
        Long regionId = u.primaryRegionId();
        AreaView region = regionId == null
                ? areas.findByCode(properties.region().defaultCode()).orElse(null)
                : areas.find(regionId).orElse(null);
        List<Option> areaOptions = new ArrayList<>();
        List<Option> actorOptions = new ArrayList<>();
        List<Option> carriers = new ArrayList<>();
        if (region != null) {
            // the region first, then its municipalities by name
            areaOptions.add(new Option(region.code(), region.localName()));
            areaOptions.addAll(Option.sorted(areas.within(Long.valueOf(region.id()), AreaType.MUNICIPALITY).stream()
                    .map(a -> new Option(a.code(), a.localName()))
                    .toList()));
            actorOptions.addAll(Option.sorted(actors
                    .list(new ActorFilter(null, null, null, region.code(), null), PageParams.of(0, 1000, null))
                    .content()
                    .stream()
                    .map(a -> new Option(a.id(), a.localName()))
                    .toList()));
            carriers.addAll(Option.sorted(groups
                    .list(new GroupFilter(null, "COMMITTEE", region.code(), null, null), PageParams.of(0, 1000, null))
                    .content()
                    .stream()
                    .map(g -> new Option("G" + g.id(), g.localName()))
                    .toList()));
        }
        for (Option a : actorOptions) {
            carriers.add(new Option("A" + a.value(), a.label()));
        }
        model.addAttribute("areaOptions", areaOptions);
        model.addAttribute("actorOptions", actorOptions);
        model.addAttribute("carrierOptions", carriers);
        model.addAttribute("goalOptions", goalOptions());
        Object form = model.getAttribute("measure");
        String responsible = form instanceof MeasureForm f ? f.responsibleActorId() : null;
        model.addAttribute(
                "responsibleName",
                responsible == null
                        ? null
                        : actors.find(Long.valueOf(responsible))
                                .map(ActorView::localName)
                                .orElse(null));
        int year = LocalDate.now(HELSINKI).getYear();
        model.addAttribute("costRows", costRows(form instanceof MeasureForm f ? f : null, year));
        return "planning/measure-form";
    }

    /** The rows of the cost table: what the form has, then empty years up to five rows. */
    record CostRow(String year, String planned, String realised) {}

    private static List<CostRow> costRows(MeasureForm f, int year) {
        List<CostRow> rows = new ArrayList<>();
        Set<String> used = new HashSet<>();
        if (f != null && f.costYear() != null) {
            for (int i = 0; i < f.costYear().size(); i++) {
                String y = f.costYear().get(i);
                String p = f.costPlanned() != null && i < f.costPlanned().size()
                        ? f.costPlanned().get(i)
                        : "";
                String r = f.costRealised() != null && i < f.costRealised().size()
                        ? f.costRealised().get(i)
                        : "";
                if ((y == null || y.isBlank()) && (p == null || p.isBlank()) && (r == null || r.isBlank())) {
                    continue;
                }
                rows.add(new CostRow(y, p, r));
                used.add(y);
            }
        }
        int next = year;
        while (rows.size() < COST_ROWS) {
            while (used.contains(String.valueOf(next))) {
                next++;
            }
            rows.add(new CostRow(String.valueOf(next), "", ""));
            used.add(String.valueOf(next));
        }
        return rows;
    }

    /** Goals of the programmes the user reads, grouped by programme. */
    private Map<String, List<Option>> goalOptions() {
        List<ProgrammeView> open = programmes.choices().stream()
                .filter(p -> !"ARCHIVED".equals(p.status()))
                .toList();
        Map<String, List<GoalView>> byProgramme = new HashMap<>();
        for (GoalView g :
                programmes.goalsOf(open.stream().map(p -> Long.valueOf(p.id())).toList())) {
            byProgramme.computeIfAbsent(g.programmeId(), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<Option>> options = new LinkedHashMap<>();
        for (ProgrammeView p : open) {
            List<Option> goals = new ArrayList<>();
            for (GoalTree.Entry e : GoalTree.flatten(byProgramme.getOrDefault(p.id(), List.of()))) {
                goals.add(new Option(e.goal().id(), e.goal().label()));
            }
            if (!goals.isEmpty()) {
                options.put(p.localName(), goals);
            }
        }
        return options;
    }

    @PostMapping("/measures/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        MeasureView m = measures.get(id);
        measures.delete(id);
        redirect.addFlashAttribute("notice", messages.get("measure.deleted", m.title()));
        return "redirect:/measures?programme=" + m.programmeId();
    }

    @PostMapping("/measures/{id}/progress")
    String addProgress(
            @PathVariable String id,
            @ModelAttribute("progressForm") ProgressForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                List<Problem> problems = new ArrayList<>();
                BigDecimal cost = null;
                if (form.realisedCost() != null && !form.realisedCost().isBlank()) {
                    try {
                        cost = new BigDecimal(form.realisedCost()
                                .replace('\u00a0', ' ')
                                .replace(" ", "")
                                .replace("€", "")
                                .replace(',', '.'));
                    } catch (NumberFormatException e) {
                        problems.add(Problem.field("realisedCost", "error.measure.costFormat", form.realisedCost()));
                    }
                }
                fi.turvaverkko.shared.InvalidInputException.throwIfAny(problems);
                measures.addProgress(
                        id,
                        new ProgressView(
                                null, id, form.date(), form.status(), form.percent(), form.text(), cost, null, null));
                redirect.addFlashAttribute("notice", messages.get("progress.added"));
                return "redirect:/measures/" + id + "#progress";
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return show(id, model);
    }

    // export and import

    @GetMapping("/measures/export")
    void export(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String responsibleActor,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String goal,
            @RequestParam(required = false) String layout,
            HttpServletResponse response)
            throws IOException {
        TabularFormat f = TabularFormat.of(format);
        MeasureService.Filter filter = new MeasureService.Filter(
                q, programme, area, theme, targetGroup, emphasis, status, responsibleActor, year, goal);
        measures.count(filter);
        if ("reading".equals(layout)) {
            // for people: headings and labels in the reader's language; always a spreadsheet
            Downloads.start(response, TabularFormat.XLSX, "toimenpiteet-luettavaksi");
            transfer.exportForReading(
                    filter,
                    response.getOutputStream(),
                    messages.get("measure.list.title"),
                    new MeasureReadingColumns(labels, messages, programmes));
            return;
        }
        Downloads.start(response, f, "toimenpiteet");
        transfer.export(filter, f, response.getOutputStream());
    }

    @GetMapping("/measures/import/template.{format}")
    void template(@PathVariable String format, HttpServletResponse response) throws IOException {
        TabularFormat f = TabularFormat.of(format);
        Downloads.start(response, f, "toimenpiteet-pohja");
        transfer.template(
                f,
                response.getOutputStream(),
                CurrentUser.get().actorIds().stream()
                        .sorted()
                        .findFirst()
                        .map(String::valueOf)
                        .orElse(null));
    }

    @GetMapping("/measures/import")
    String initImport(@RequestParam(required = false) String programme, Model model) {
        List<ProgrammeView> editable = programmes.editable();
        if (editable.isEmpty()) {
            throw new ForbiddenException();
        }
        model.addAttribute(
                "programmeOptions",
                editable.stream().map(p -> new Option(p.id(), p.localName())).toList());
        model.addAttribute("programmeId", programme);
        return "planning/import";
    }

    @PostMapping("/measures/import")
    String processImport(
            @RequestParam(required = false) String programmeId,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new fi.turvaverkko.shared.InvalidInputException("file", "error.file.empty");
            }
            MeasureTransfer.ImportResult result = transfer.importInto(programmeId, file.getBytes());
            redirect.addFlashAttribute("notice", messages.get("import.done", result.rows()));
            return "redirect:/measures?programme=" + result.programmeId();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            List<ImportError> errors = new ArrayList<>();
            for (Problem p : e.problems()) {
                errors.add(new ImportError(p.row(), p.column(), messages.get(p.messageKey(), p.args())));
            }
            model.addAttribute("importMessage", messages.get(e.messageKey(), e.args()));
            model.addAttribute("importErrors", errors);
            model.addAttribute("filename", file == null ? null : file.getOriginalFilename());
            model.addAttribute(
                    "programmeOptions",
                    programmes.editable().stream()
                            .map(p -> new Option(p.id(), p.localName()))
                            .toList());
            model.addAttribute("programmeId", programmeId);
            return "planning/import";
        }
    }

    /** One error of a refused import, as the report table shows it. */
    record ImportError(Integer row, String column, String message) {}

    // action items of meetings that become measures

    @GetMapping("/measures/from-meetings")
    String actionItems(@RequestParam(required = false) String group, Model model) {
        CurrentUser u = CurrentUser.get();
        List<GroupView> mine = new ArrayList<>();
        for (Long actor : u.actorIds()) {
            mine.addAll(groups.list(
                            new GroupFilter(null, null, null, null, String.valueOf(actor)), PageParams.of(0, 200, null))
                    .content());
        }
        if (u.isCoordinator()) {
            AreaView region = areas.find(u.primaryRegionId()).orElse(null);
            if (region != null) {
                mine.addAll(
                        groups.list(new GroupFilter(null, null, region.code(), null, null), PageParams.of(0, 200, null))
                                .content());
            }
        }
        Map<String, GroupView> distinct = new LinkedHashMap<>();
        mine.forEach(g -> distinct.putIfAbsent(g.id(), g));
        model.addAttribute(
                "groupOptions",
                distinct.values().stream()
                        .map(g -> new Option(g.id(), g.localName()))
                        .toList());
        model.addAttribute("group", group);
        List<OpenItem> items = new ArrayList<>();
        if (group != null && !group.isBlank()) {
            GroupView g = groups.get(group);
            for (MeetingView m : meetings.ofGroup(g.id(), 12)) {
                MeetingView full = meetings.get(m.id());
                if (full.actionItems() == null) {
                    continue;
                }
                for (MeetingView.ActionItem a : full.actionItems()) {
                    items.add(new OpenItem(
                            a,
                            full,
                            a.responsibleActorId() == null
                                    ? null
                                    : actors.find(Long.valueOf(a.responsibleActorId()))
                                            .map(ActorView::localName)
                                            .orElse(null)));
                }
            }
        }
        model.addAttribute("items", items);
        model.addAttribute("canCreate", !programmes.editable().isEmpty());
        return "planning/action-items";
    }

    /** An action item with its meeting, as the conversion page lists it. */
    record OpenItem(MeetingView.ActionItem item, MeetingView meeting, String responsibleName) {}

    @Bean
    static NavigationItem measuresNavigation() {
        return new NavigationItem(41, "/measures", "nav.measures", NavigationItem.Audience.LOGGED_IN);
    }
}
