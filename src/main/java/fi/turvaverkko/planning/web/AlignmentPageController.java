package fi.turvaverkko.planning.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.planning.GoalTree;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.AlignmentService;
import fi.turvaverkko.planning.domain.GoalLinkService;
import fi.turvaverkko.planning.domain.GoalLinkView;
import fi.turvaverkko.planning.domain.GoalService;
import fi.turvaverkko.planning.domain.LinkCommand;
import fi.turvaverkko.planning.domain.ProgrammeAccess;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.PageParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The alignment pages: a goal with everything below it down to the measures and the chain above
 * it, where its links are made and removed; and the matrix of two programmes' goals.
 */
@Controller
class AlignmentPageController {

    private final ProgrammeService programmes;
    private final GoalService goals;
    private final GoalLinkService links;
    private final ProgrammeAccess access;
    private final AlignmentService alignment;
    private final Messages messages;

    AlignmentPageController(
            ProgrammeService programmes,
            GoalService goals,
            GoalLinkService links,
            ProgrammeAccess access,
            AlignmentService alignment,
            Messages messages) {
        this.programmes = programmes;
        this.goals = goals;
        this.links = links;
        this.access = access;
        this.alignment = alignment;
        this.messages = messages;
    }

    /**
     * The link form: the other goal, and which way it goes: {@code UP} (this goal contributes to the
     * other) or {@code DOWN} (the other contributes to this one).
     */
    record LinkForm(String otherProgrammeId, String otherGoalId, String direction, String kind, String note) {}

    @GetMapping("/goals/{id}")
    String show(
            @PathVariable String id,
            @RequestParam(required = false) String otherProgrammeId,
            @RequestParam(required = false) String direction,
            Model model) {
        if (!model.containsAttribute("link")) {
            model.addAttribute(
                    "link",
                    new LinkForm(otherProgrammeId, null, direction == null ? "UP" : direction, "CONTRIBUTES_TO", ""));
        }
        return page(id, otherProgrammeId, model);
    }

    /** The goals of the chosen programme, as the options of the link form (htmx swaps them in). */
    @GetMapping("/goals/{id}/link-options")
    String linkOptions(@PathVariable String id, @RequestParam(required = false) String otherProgrammeId, Model model) {
        GoalView goal = goals.get(id);
        model.addAttribute("options", goalOptions(goal, otherProgrammeId));
        model.addAttribute("programmeId", otherProgrammeId);
        return "planning/fragments :: linkGoalOptions";
    }

    private String page(String id, String otherProgrammeId, Model model) {
        AlignmentService.Alignment a = alignment.of(id);
        GoalView goal = a.goal();
        ProgrammeView programme = a.programme();
        model.addAttribute("alignment", a);
        model.addAttribute("goal", goal);
        model.addAttribute("programme", programme);
        List<GoalLinkView> goalLinks =
                links.list(id, null, null, PageParams.of(0, 200, null)).content();
        List<Long> ids = new ArrayList<>();
        goalLinks.forEach(l -> {
            ids.add(Long.valueOf(l.fromGoalId()));
            ids.add(Long.valueOf(l.toGoalId()));
        });
        Map<String, GoalView> linkedGoals = new HashMap<>();
        goals.findAll(ids).forEach(g -> linkedGoals.put(g.id(), g));
        Map<String, ProgrammeView> linkedProgrammes = new HashMap<>();
        programmes
                .findAll(linkedGoals.values().stream()
                        .map(g -> Long.valueOf(g.programmeId()))
                        .distinct()
                        .toList())
                .forEach(p -> linkedProgrammes.put(p.id(), p));
        model.addAttribute("links", goalLinks);
        model.addAttribute("linkedGoals", linkedGoals);
        model.addAttribute("linkedProgrammes", linkedProgrammes);
        model.addAttribute("canLink", !CurrentUser.get().isAnonymous());
        List<Option> programmeOptions = programmes.choices().stream()
                .filter(p -> !p.id().equals(programme.id()))
                .map(p -> new Option(p.id(), p.localName()))
                .toList();
        model.addAttribute("programmeOptions", programmeOptions);
        model.addAttribute("goalOptions", goalOptions(goal, otherProgrammeId));
        model.addAttribute("canEditLinks", goalLinks.stream().anyMatch(links::canEdit) || access.canEdit(programme));
        return "planning/goal";
    }

    private List<Option> goalOptions(GoalView goal, String otherProgrammeId) {
        if (otherProgrammeId == null || otherProgrammeId.isBlank() || otherProgrammeId.equals(goal.programmeId())) {
            return List.of();
        }
        try {
            ProgrammeView other = programmes.get(otherProgrammeId);
            return GoalTree.flatten(goals.goals(other)).stream()
                    .map(e -> new Option(
                            e.goal().id(), "  ".repeat(e.depth()) + e.goal().label()))
                    .toList();
        } catch (DomainException e) {
            return List.of();
        }
    }

    @PostMapping("/goals/{id}/links")
    String addLink(
            @PathVariable String id,
            @ModelAttribute("link") LinkForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        boolean up = !"DOWN".equals(form.direction());
        try {
            if (form.otherGoalId() == null || form.otherGoalId().isBlank()) {
                throw new fi.turvaverkko.shared.InvalidInputException("otherGoalId", "validation.required");
            }
            GoalLinkView created = links.create(new LinkCommand(
                    up ? id : form.otherGoalId(), up ? form.otherGoalId() : id, form.kind(), form.note(), null));
            GoalView other = goals.get(up ? created.toGoalId() : created.fromGoalId());
            redirect.addFlashAttribute("notice", messages.get("goalLink.created", other.label()));
            return "redirect:/goals/" + id;
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            for (var p : e.problems()) {
                String field =
                        "toGoalId".equals(p.field()) || "fromGoalId".equals(p.field()) ? "otherGoalId" : p.field();
                if (field != null && List.of("otherGoalId", "kind", "note").contains(field)) {
                    binding.rejectValue(field, p.messageKey(), p.args(), p.messageKey());
                } else {
                    binding.reject(p.messageKey(), p.args(), p.messageKey());
                }
            }
            if (e.problems().isEmpty()) {
                FormErrors.bind(e, binding);
            }
            return page(id, form.otherProgrammeId(), model);
        }
    }

    @PostMapping("/goal-links/{id}/delete")
    String deleteLink(@PathVariable String id, @RequestParam String returnTo, RedirectAttributes redirect) {
        links.delete(id);
        redirect.addFlashAttribute("notice", messages.get("goalLink.deleted"));
        return "redirect:/goals/" + (returnTo.matches("[0-9]{1,18}") ? returnTo : "");
    }

    @GetMapping("/alignment")
    String matrix(@RequestParam(required = false) String a, @RequestParam(required = false) String b, Model model) {
        List<Option> options = Option.sorted(programmes.choices().stream()
                .map(p -> new Option(p.id(), p.localName()))
                .toList());
        model.addAttribute("programmeOptions", options);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        if (a != null && !a.isBlank() && b != null && !b.isBlank()) {
            AlignmentService.Pairing pairing = alignment.pairing(a, b);
            model.addAttribute("pairing", pairing);
            model.addAttribute(
                    "tree",
                    GoalTree.flatten(pairing.rows().stream()
                            .map(AlignmentService.PairRow::goal)
                            .toList()));
        }
        return "planning/matrix";
    }
}
