package fi.turvaverkko.planning.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.AlignmentService;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureService;
import fi.turvaverkko.planning.PlanningCatalogues;
import fi.turvaverkko.planning.ProgrammeService;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.platform.Attachments;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme pages: list, details with goals and their marks, create, edit, approve, archive, goals. */
@Controller
class ProgrammePageController {

    private final ProgrammeService programmes;
    private final AlignmentService alignment;
    private final MeasureService measures;
    private final Groups groups;
    private final Areas areas;
    private final Attachments attachments;
    private final PlanningReports reports;
    private final Messages messages;
    private final PlatformProperties properties;

    ProgrammePageController(
            ProgrammeService programmes,
            AlignmentService alignment,
            MeasureService measures,
            Groups groups,
            Areas areas,
            Attachments attachments,
            PlanningReports reports,
            Messages messages,
            PlatformProperties properties) {
        this.programmes = programmes;
        this.alignment = alignment;
        this.measures = measures;
        this.groups = groups;
        this.areas = areas;
        this.attachments = attachments;
        this.reports = reports;
        this.messages = messages;
        this.properties = properties;
    }

    /** The programme form. */
    record ProgrammeForm(
            String kind,
            String name,
            String nameSv,
            String nameEn,
            String description,
            String ownerActorId,
            String ownerGroupId,
            String areaCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            String confidentiality,
            String legalBasis,
            LocalDate secrecyEndsOn,
            Long version) {

        static ProgrammeForm of(ProgrammeView p) {
            return new ProgrammeForm(
                    p.kind(),
                    p.name(),
                    p.nameSv(),
                    p.nameEn(),
                    p.description(),
                    p.ownerActorId(),
                    p.ownerGroupId(),
                    p.areaCode(),
                    p.periodStart(),
                    p.periodEnd(),
                    p.confidentiality(),
                    p.legalBasis(),
                    p.secrecyEndsOn(),
                    p.version());
        }

        ProgrammeView toView(ProgrammeView existing) {
            return new ProgrammeView(
                    null,
                    kind,
                    name,
                    nameSv,
                    nameEn,
                    description,
                    ownerActorId,
                    ownerGroupId,
                    null,
                    areaCode,
                    periodStart,
                    periodEnd,
                    null,
                    null,
                    null,
                    existing == null ? null : existing.decisionReference(),
                    existing == null ? null : existing.decisionDate(),
                    confidentiality,
                    legalBasis,
                    secrecyEndsOn,
                    version);
        }
    }

    /** The goal form. */
    record GoalForm(
            String code,
            String title,
            String titleSv,
            String titleEn,
            String description,
            String parentId,
            Integer sortOrder,
            Long version) {}

    /** The approval form. */
    record ApprovalForm(String decisionReference, LocalDate decisionDate) {}

    @GetMapping("/programmes")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("area", area);
        model.addAttribute("status", status);
        model.addAttribute(
                "result",
                programmes.list(
                        new ProgrammeService.Filter(q, kind, area, status, null), PageParams.of(page, 20, sort)));
        model.addAttribute("canCreate", programmes.canCreate());
        return Views.pageOrFragment(request, "planning/programmes", "results");
    }

    @GetMapping("/programmes/new")
    String initCreate(@RequestParam(required = false) String kind, Model model) {
        if (!programmes.canCreate()) {
            throw new ForbiddenException();
        }
        CurrentUser u = CurrentUser.get();
        String owner =
                u.actorIds().stream().sorted().findFirst().map(String::valueOf).orElse(null);
        String area = u.primaryRegionId() == null
                ? properties.region().defaultCode()
                : areas.find(u.primaryRegionId()).map(a -> a.code()).orElse(null);
        model.addAttribute(
                "programme",
                new ProgrammeForm(
                        kind == null ? PlanningCatalogues.ACTION_LIST : kind,
                        "",
                        "",
                        "",
                        "",
                        owner,
                        null,
                        area,
                        null,
                        null,
                        ProgrammeView.PUBLIC,
                        "",
                        null,
                        null));
        return form(model, null);
    }

    @PostMapping("/programmes/new")
    String processCreate(
            @ModelAttribute("programme") ProgrammeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ProgrammeView created = programmes.create(form.toView(null));
                redirect.addFlashAttribute("notice", messages.get("programme.created", created.name()));
                return "redirect:/programmes/" + created.id();
            } catch (DomainException e) {
                FormErrors.bind(e, binding);
            }
        }
        return form(model, null);
    }

    @GetMapping("/programmes/{id}")
    String show(@PathVariable String id, Model model) {
        ProgrammeView p = programmes.get(id);
        List<GoalView> goals = programmes.goals(p);
        model.addAttribute("programme", p);
        model.addAttribute("tree", GoalTree.flatten(goals));
        model.addAttribute("marks", alignment.marks(p, goals));
        model.addAttribute("canEdit", programmes.canEdit(p));
        model.addAttribute("canEditGoals", programmes.canEditGoals(p));
        model.addAttribute("sizes", programmes.sizes(p));
        model.addAttribute(
                "measures", measures.list(MeasureService.Filter.ofProgramme(p.id()), PageParams.of(0, 10, null)));
        model.addAttribute("attachments", attachments.list("PROGRAMME", id));
        model.addAttribute("canAttach", programmes.canEdit(p) && !"ARCHIVED".equals(p.status()));
        if (!model.containsAttribute("goal")) {
            model.addAttribute("goal", new GoalForm("", "", "", "", "", null, null, null));
        }
        if (!model.containsAttribute("approval")) {
            model.addAttribute("approval", new ApprovalForm("", LocalDate.now(ProgrammeServiceZone.HELSINKI)));
        }
        return "planning/programme";
    }

    @GetMapping("/programmes/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        ProgrammeView p = programmes.get(id);
        if (!programmes.canEdit(p)) {
            throw new ForbiddenException();
        }
        model.addAttribute("programme", ProgrammeForm.of(p));
        return form(model, p);
    }

    @PostMapping("/programmes/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("programme") ProgrammeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeView existing = programmes.get(id);
        if (!binding.hasErrors()) {
            try {
                programmes.update(id, form.toView(existing));
                redirect.addFlashAttribute("notice", messages.get("programme.saved", form.name()));
                return "redirect:/programmes/" + id;
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return form(model, existing);
    }

    private String form(Model model, ProgrammeView existing) {
        model.addAttribute("existing", existing);
        List<Option> groupOptions = new ArrayList<>();
        CurrentUser u = CurrentUser.get();
        String regionCode = u.primaryRegionId() == null
                ? properties.region().defaultCode()
                : areas.find(u.primaryRegionId())
                        .map(a -> a.code())
                        .orElse(properties.region().defaultCode());
        for (GroupView g : groups.list(
                        new GroupFilter(null, null, regionCode, null, null), PageParams.of(0, 1000, null))
                .content()) {
            groupOptions.add(new Option(
                    g.id(),
                    g.localName() + " ("
                            + areas.find(Long.valueOf(g.areaId()))
                                    .map(a -> a.localName())
                                    .orElse("") + ")"));
        }
        model.addAttribute("groupOptions", groupOptions);
        return "planning/programme-form";
    }

    @PostMapping("/programmes/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        ProgrammeView p = programmes.get(id);
        try {
            programmes.delete(id);
            redirect.addFlashAttribute("notice", messages.get("programme.deleted", p.name()));
            return "redirect:/programmes";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("programmeError", messages.get(e.messageKey(), e.args()));
            return "redirect:/programmes/" + id;
        }
    }

    @PostMapping("/programmes/{id}/approve")
    String approve(
            @PathVariable String id,
            @ModelAttribute("approval") ApprovalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            programmes.transition(id, "approve", form.decisionReference(), form.decisionDate());
            redirect.addFlashAttribute("notice", messages.get("programme.status.changed.APPROVED"));
            return "redirect:/programmes/" + id;
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return show(id, model);
        }
    }

    @PostMapping("/programmes/{id}/archive")
    String archive(@PathVariable String id, RedirectAttributes redirect) {
        try {
            programmes.transition(id, "archive", null, null);
            redirect.addFlashAttribute("notice", messages.get("programme.status.changed.ARCHIVED"));
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("programmeError", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/programmes/{id}/report.pdf")
    void pdf(@PathVariable String id, HttpServletResponse response) throws IOException {
        reports.programme(id, response);
    }

    // goals

    @PostMapping("/programmes/{id}/goals")
    String addGoal(
            @PathVariable String id,
            @ModelAttribute("goal") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            GoalView created = programmes.createGoal(new GoalView(
                    null,
                    id,
                    form.parentId(),
                    form.code(),
                    form.title(),
                    form.titleSv(),
                    form.titleEn(),
                    form.description(),
                    form.sortOrder(),
                    null));
            redirect.addFlashAttribute("notice", messages.get("goal.created", created.label()));
            return "redirect:/programmes/" + id + "#goals";
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return show(id, model);
        }
    }

    @GetMapping("/goals/{id}/edit")
    String initGoal(@PathVariable String id, Model model) {
        GoalView g = programmes.goal(id);
        ProgrammeView p = programmes.get(g.programmeId());
        if (!programmes.canEditGoals(p)) {
            throw new ForbiddenException();
        }
        model.addAttribute(
                "goal",
                new GoalForm(
                        g.code(),
                        g.title(),
                        g.titleSv(),
                        g.titleEn(),
                        g.description(),
                        g.parentId(),
                        g.sortOrder(),
                        g.version()));
        return goalForm(model, g, p);
    }

    @PostMapping("/goals/{id}/edit")
    String processGoal(
            @PathVariable String id,
            @ModelAttribute("goal") GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        GoalView g = programmes.goal(id);
        ProgrammeView p = programmes.get(g.programmeId());
        try {
            programmes.updateGoal(
                    id,
                    new GoalView(
                            null,
                            null,
                            form.parentId(),
                            form.code(),
                            form.title(),
                            form.titleSv(),
                            form.titleEn(),
                            form.description(),
                            form.sortOrder(),
                            form.version()));
            redirect.addFlashAttribute("notice", messages.get("goal.saved", form.title()));
            return "redirect:/programmes/" + p.id() + "#goals";
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return goalForm(model, g, p);
        }
    }

    private String goalForm(Model model, GoalView g, ProgrammeView p) {
        model.addAttribute("existing", g);
        model.addAttribute("programme", p);
        model.addAttribute(
                "parents",
                programmes.goals(p).stream()
                        .filter(x -> !x.id().equals(g.id()))
                        .map(x -> new Option(x.id(), x.label()))
                        .toList());
        return "planning/goal-form";
    }

    @PostMapping("/goals/{id}/delete")
    String deleteGoal(@PathVariable String id, RedirectAttributes redirect) {
        GoalView g = programmes.goal(id);
        try {
            programmes.deleteGoal(id);
            redirect.addFlashAttribute("notice", messages.get("goal.deleted", g.label()));
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("programmeError", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/programmes/" + g.programmeId() + "#goals";
    }

    @Bean
    static NavigationItem programmesNavigation() {
        return new NavigationItem(40, "/programmes", "nav.programmes", NavigationItem.Audience.LOGGED_IN);
    }

    /** The zone of dates shown and defaulted on the pages. */
    static final class ProgrammeServiceZone {
        static final java.time.ZoneId HELSINKI = java.time.ZoneId.of("Europe/Helsinki");

        private ProgrammeServiceZone() {}
    }
}
