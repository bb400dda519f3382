package fi.turvaverkko.operations.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.operations.domain.ExerciseService;
import fi.turvaverkko.operations.domain.ExerciseView;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.TimeFormat;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import java.time.LocalDate;
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

/** The exercise pages: list, plan, details with observations and lessons learned. */
@Controller
class ExercisePageController {

    private final ExerciseService exercises;
    private final Areas areas;
    private final Messages messages;

    ExercisePageController(ExerciseService exercises, Areas areas, Messages messages) {
        this.exercises = exercises;
        this.areas = areas;
        this.messages = messages;
    }

    /** The exercise form as typed. */
    record ExerciseForm(
            String title,
            String kind,
            String scenarioId,
            String regionCode,
            String organiserActorId,
            String startDate,
            String endDate,
            String description,
            List<String> participantActorIds) {}

    @GetMapping("/exercises")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", exercises.list(null, null, PageParams.of(page, 20, null)));
        model.addAttribute("canCreate", exercises.canCreate());
        return "operations/exercises";
    }

    @GetMapping("/exercises/new")
    String initCreate(Model model) {
        if (!exercises.canCreate()) {
            throw new ForbiddenException();
        }
        CurrentUser u = CurrentUser.get();
        String region = u.primaryRegionId() == null
                ? ""
                : areas.find(u.primaryRegionId()).map(a -> a.code()).orElse("");
        String own = u.authorityActorIds().stream()
                .sorted()
                .findFirst()
                .map(String::valueOf)
                .orElse("");
        model.addAttribute("form", new ExerciseForm("", "TABLETOP", "", region, own, "", "", "", List.of()));
        return "operations/exercise-form";
    }

    @PostMapping("/exercises/new")
    String processCreate(
            @ModelAttribute("form") ExerciseForm form, BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ExerciseView x = exercises.create(toView(form));
                redirect.addFlashAttribute("notice", messages.get("exercise.created", x.title()));
                return "redirect:/exercises/" + x.id();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return "operations/exercise-form";
    }

    @GetMapping("/exercises/{id}")
    String show(@PathVariable String id, Model model) {
        ExerciseView x = exercises.get(id);
        model.addAttribute("x", x);
        model.addAttribute("canEdit", exercises.canEdit(x));
        model.addAttribute("canObserve", exercises.canObserve(x));
        return "operations/exercise";
    }

    @PostMapping("/exercises/{id}/observations")
    String observe(@PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, () -> exercises.observe(id, text), "exercise.observation.added", "#observations");
    }

    @PostMapping("/exercises/{id}/lessons")
    String lesson(@PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, () -> exercises.addLesson(id, text), "exercise.lesson.added", "#lessons");
    }

    @PostMapping("/exercises/{id}/lessons/{lessonId}/measure")
    String toMeasure(@PathVariable String id, @PathVariable String lessonId, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> exercises.toMeasure(
                        id, lessonId, new ExerciseService.MeasureRequest(null, null, null, null, null)),
                "exercise.lesson.measured",
                "#lessons");
    }

    private String act(String id, RedirectAttributes redirect, Runnable action, String notice, String anchor) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.get(notice));
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            String msg = e.problems().isEmpty()
                    ? messages.get(e.messageKey(), e.args())
                    : messages.get(
                            e.problems().get(0).messageKey(),
                            e.problems().get(0).args());
            redirect.addFlashAttribute("problem", msg);
        }
        return "redirect:/exercises/" + id + anchor;
    }

    private static ExerciseView toView(ExerciseForm f) {
        return new ExerciseView(
                null,
                f.title(),
                f.kind(),
                f.scenarioId(),
                f.regionCode(),
                f.organiserActorId(),
                date("startDate", f.startDate()),
                date("endDate", f.endDate()),
                f.description(),
                f.participantActorIds() == null ? List.of() : f.participantActorIds(),
                List.of(),
                List.of(),
                null);
    }

    private static LocalDate date(String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        LocalDate d = TimeFormat.parseDate(v);
        if (d == null) {
            throw new InvalidInputException(field, "error.import.date", v);
        }
        return d;
    }

    @Bean
    static NavigationItem exercisesNavigation() {
        return new NavigationItem(62, "/exercises", "nav.exercises", NavigationItem.Audience.LOGGED_IN);
    }
}
