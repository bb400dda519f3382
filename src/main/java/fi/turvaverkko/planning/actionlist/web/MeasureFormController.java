package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActionItemSource;
import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.network.Meetings;
import fi.turvaverkko.planning.GoalTree;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.planning.actionlist.domain.MeasureEditing;
import fi.turvaverkko.planning.actionlist.domain.MeasureService;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The measure form: a new measure (also from a meeting's action item) and changing one. The form's
 * choices (areas, actors, committees as cost carriers, goals) are those of the user's region, each
 * list read in one call.
 */
@Controller
class MeasureFormController {

    static final int COST_ROWS = 5;

    private final MeasureService measures;
    private final MeasureEditing editing;
    private final Programmes programmes;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;
    private final Meetings meetings;
    private final Messages messages;
    private final PlatformProperties properties;

    MeasureFormController(
            MeasureService measures,
            MeasureEditing editing,
            Programmes programmes,
            Actors actors,
            Groups groups,
            Areas areas,
            Meetings meetings,
            Messages messages,
            PlatformProperties properties) {
        this.measures = measures;
        this.editing = editing;
        this.programmes = programmes;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
        this.meetings = meetings;
        this.messages = messages;
        this.properties = properties;
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
        int year = LocalDate.now(MeasurePageController.HELSINKI).getYear();
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
                        LocalDate.now(MeasurePageController.HELSINKI),
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
                InvalidInputException.throwIfAny(problems);
                MeasureView created = editing.create(form.toCommand(costs));
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
                InvalidInputException.throwIfAny(problems);
                editing.update(id, form.toCommand(costs));
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
        int year = LocalDate.now(MeasurePageController.HELSINKI).getYear();
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
}
