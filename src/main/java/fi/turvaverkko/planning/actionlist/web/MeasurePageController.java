package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.planning.actionlist.domain.MeasureEditing;
import fi.turvaverkko.planning.actionlist.domain.MeasureFilter;
import fi.turvaverkko.planning.actionlist.domain.MeasureService;
import fi.turvaverkko.planning.actionlist.domain.ProgressCommand;
import fi.turvaverkko.planning.actionlist.domain.ProgressReports;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** The action list's pages: the filtered list, a measure with its costs and progress, progress updates. */
@Controller
class MeasurePageController {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final MeasureService measures;
    private final MeasureEditing editing;
    private final ProgressReports progress;
    private final Programmes programmes;
    private final MeasureLabels labels;
    private final Messages messages;

    MeasurePageController(
            MeasureService measures,
            MeasureEditing editing,
            ProgressReports progress,
            Programmes programmes,
            MeasureLabels labels,
            Messages messages) {
        this.measures = measures;
        this.editing = editing;
        this.progress = progress;
        this.programmes = programmes;
        this.labels = labels;
        this.messages = messages;
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
        MeasureFilter filter = new MeasureFilter(
                q, programme, area, theme, targetGroup, emphasis, status, responsibleActor, year, goal);
        PageResult<MeasureView> result = measures.list(filter, PageParams.of(page, 20, sort));
        MeasureListModel.fill(
                model, false, filter, result, programmes.findAll(MeasureListModel.programmeIds(result)), labels);
        List<ProgrammeView> choices = programmes.choices();
        model.addAttribute(
                "programmeOptions",
                choices.stream().map(p -> new Option(p.id(), p.localName())).toList());
        model.addAttribute("canCreate", !programmes.editable().isEmpty());
        model.addAttribute("exportQuery", request.getQueryString() == null ? "" : request.getQueryString());
        return Views.pageOrFragment(request, "planning/measures", "results");
    }

    @GetMapping("/measures/{id}")
    String show(@PathVariable String id, Model model) {
        MeasureView m = measures.get(id);
        ProgrammeView p = programmes.get(m.programmeId());
        model.addAttribute("measure", m);
        model.addAttribute("programme", p);
        List<String> actors = new ArrayList<>(m.partnerActorIds());
        actors.add(m.responsibleActorId());
        if (m.costCarrierActorId() != null) {
            actors.add(m.costCarrierActorId());
        }
        model.addAttribute("actorNames", labels.actorNamesOrIds(actors));
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

    @PostMapping("/measures/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        MeasureView m = measures.get(id);
        editing.delete(id);
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
                progress.add(
                        id, new ProgressCommand(form.date(), form.status(), form.percent(), form.text(), cost(form)));
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

    /** The realised cost as typed (spaces, a euro sign and a decimal comma allowed); 400 when it is no number. */
    private static BigDecimal cost(ProgressForm form) {
        if (form.realisedCost() == null || form.realisedCost().isBlank()) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        BigDecimal cost = MeasureForm.parseAmount(form.realisedCost(), problems, "realisedCost");
        InvalidInputException.throwIfAny(problems);
        return cost;
    }

    @Bean
    static NavigationItem measuresNavigation() {
        return new NavigationItem(41, "/measures", "nav.measures", NavigationItem.Audience.LOGGED_IN);
    }
}
