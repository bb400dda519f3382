package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.AlignmentService;
import fi.turvaverkko.planning.GoalLinkView;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeService;
import fi.turvaverkko.planning.ProgrammeView;
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
    private final AlignmentService alignment;
    private final Messages messages;

    AlignmentPageController(ProgrammeService programmes, AlignmentService alignment, Messages messages) {
        this.programmes = programmes;
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
        GoalView goal = programmes.goal(id);
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
        List<GoalLinkView> links =
                programmes.links(id, null, null, PageParams.of(0, 200, null)).content();
        List<GoalView> linked = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        links.forEach(l -> {
            ids.add(Long.valueOf(l.fromGoalId()));
            ids.add(Long.valueOf(l.toGoalId()));
        });
        Map<String, GoalView> goals = new HashMap<>();
        programmes.findGoals(ids).forEach(g -> goals.put(g.id(), g));
        Map<String, ProgrammeView> linkedProgrammes = new HashMap<>();
        programmes
                .findAll(goals.values().stream()
                        .map(g -> Long.valueOf(g.programmeId()))
                        .distinct()
                        .toList())
                .forEach(p -> linkedProgrammes.put(p.id(), p));
        model.addAttribute("links", links);
        model.addAttribute("linkedGoals", goals);
        model.addAttribute("linkedProgrammes", linkedProgrammes);
        model.addAttribute("canLink", !CurrentUserCheck.anonymous());
        List<Option> programmeOptions = programmes.choices().stream()
                .filter(p -> !p.id().equals(programme.id()))
                .map(p -> new Option(p.id(), p.localName()))
                .toList();
        model.addAttribute("programmeOptions", programmeOptions);
        model.addAttribute("goalOptions", goalOptions(goal, otherProgrammeId));
        model.addAttribute(
                "canEditLinks", links.stream().anyMatch(programmes::canEditLink) || programmes.canEdit(programme));
        return "planning/goal";
    }

    private List<Option> goalOptions(GoalView goal, String otherProgrammeId) {
        if (otherProgrammeId == null || otherProgrammeId.isBlank() || otherProgrammeId.equals(goal.programmeId())) {
            return List.of();
        }
        try {
            ProgrammeView other = programmes.get(otherProgrammeId);
            return GoalTree.flatten(programmes.goals(other)).stream()
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
            GoalLinkView created = programmes.createLink(new GoalLinkView(
                    null,
                    up ? id : form.otherGoalId(),
                    up ? form.otherGoalId() : id,
                    form.kind(),
                    form.note(),
                    null,
                    null,
                    null,
                    null,
                    null));
            GoalView other = programmes.goal(up ? created.toGoalId() : created.fromGoalId());
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
        programmes.deleteLink(id);
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

    /** Whether someone is logged in (pages of this controller need a login anyway). */
    static final class CurrentUserCheck {
        private CurrentUserCheck() {}

        static boolean anonymous() {
            return fi.turvaverkko.identity.CurrentUser.get().isAnonymous();
        }
    }
}
