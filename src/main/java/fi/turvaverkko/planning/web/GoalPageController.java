package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.GoalService;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A goal's edit form and its deletion (goals are added on the programme's page). */
@Controller
class GoalPageController {

    private final GoalService goals;
    private final ProgrammeService programmes;
    private final Messages messages;

    GoalPageController(GoalService goals, ProgrammeService programmes, Messages messages) {
        this.goals = goals;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping("/goals/{id}/edit")
    String initGoal(@PathVariable String id, Model model) {
        GoalView g = goals.get(id);
        ProgrammeView p = programmes.get(g.programmeId());
        if (!goals.canEditGoals(p)) {
            throw new ForbiddenException();
        }
        model.addAttribute(
                "goal",
                new ProgrammePageController.GoalForm(
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
            @ModelAttribute("goal") ProgrammePageController.GoalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        GoalView g = goals.get(id);
        ProgrammeView p = programmes.get(g.programmeId());
        try {
            goals.update(id, form.toCommand(null));
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
                goals.goals(p).stream()
                        .filter(x -> !x.id().equals(g.id()))
                        .map(x -> new Option(x.id(), x.label()))
                        .toList());
        return "planning/goal-form";
    }

    @PostMapping("/goals/{id}/delete")
    String deleteGoal(@PathVariable String id, RedirectAttributes redirect) {
        GoalView g = goals.get(id);
        try {
            goals.delete(id);
            redirect.addFlashAttribute("notice", messages.get("goal.deleted", g.label()));
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("programmeError", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/programmes/" + g.programmeId() + "#goals";
    }
}
