package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.planning.domain.ReportCommand;
import fi.turvaverkko.planning.domain.WellbeingReportView;
import fi.turvaverkko.planning.domain.WellbeingService;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The wellbeing report's cycle of a wellbeing plan, and its drafted yearly reviews and reports. */
@Controller
class WellbeingPageController {

    private final WellbeingService wellbeing;
    private final ProgrammeService programmes;
    private final PlanningReports reports;
    private final Messages messages;

    WellbeingPageController(
            WellbeingService wellbeing, ProgrammeService programmes, PlanningReports reports, Messages messages) {
        this.wellbeing = wellbeing;
        this.programmes = programmes;
        this.reports = reports;
        this.messages = messages;
    }

    /** The report form. */
    record ReportForm(String title, String body, Long version) {}

    /** The approval form. */
    record ApprovalForm(String decisionReference) {}

    @GetMapping("/programmes/{id}/cycle")
    String cycle(@PathVariable String id, Model model) {
        model.addAttribute("cycle", wellbeing.cycle(id));
        return "planning/cycle";
    }

    @PostMapping("/programmes/{id}/cycle/draft")
    String draft(
            @PathVariable String id,
            @RequestParam String type,
            @RequestParam Integer year,
            RedirectAttributes redirect) {
        try {
            WellbeingReportView r = wellbeing.draft(id, type, year);
            redirect.addFlashAttribute("notice", messages.get("report.drafted", r.title()));
            return "redirect:/wellbeing-reports/" + r.id();
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            String text = e.problems().isEmpty()
                    ? messages.get(e.messageKey(), e.args())
                    : messages.get(
                            e.problems().get(0).messageKey(),
                            e.problems().get(0).args());
            redirect.addFlashAttribute("cycleError", text);
            return "redirect:/programmes/" + id + "/cycle";
        }
    }

    @GetMapping("/wellbeing-reports/{id}")
    String show(@PathVariable String id, Model model) {
        WellbeingReportView r = wellbeing.get(id);
        ProgrammeView plan = programmes.get(r.programmeId());
        model.addAttribute("report", r);
        model.addAttribute("plan", plan);
        model.addAttribute("blocks", ReportText.blocks(r.body()));
        model.addAttribute("canEdit", wellbeing.canEdit(r));
        if (!model.containsAttribute("approval")) {
            model.addAttribute("approval", new ApprovalForm(""));
        }
        return "planning/report";
    }

    @GetMapping("/wellbeing-reports/{id}/edit")
    String initEdit(@PathVariable String id, Model model) {
        WellbeingReportView r = wellbeing.get(id);
        if (!wellbeing.canEdit(r)) {
            throw new ForbiddenException();
        }
        model.addAttribute("form", new ReportForm(r.title(), r.body(), r.version()));
        model.addAttribute("report", r);
        model.addAttribute("plan", programmes.get(r.programmeId()));
        return "planning/report-form";
    }

    @PostMapping("/wellbeing-reports/{id}/edit")
    String processEdit(
            @PathVariable String id,
            @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        WellbeingReportView r = wellbeing.get(id);
        try {
            wellbeing.update(id, new ReportCommand(form.title(), form.body(), form.version()));
            redirect.addFlashAttribute("notice", messages.get("report.saved"));
            return "redirect:/wellbeing-reports/" + id;
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            model.addAttribute("report", r);
            model.addAttribute("plan", programmes.get(r.programmeId()));
            return "planning/report-form";
        }
    }

    @PostMapping("/wellbeing-reports/{id}/approve")
    String approve(
            @PathVariable String id,
            @ModelAttribute("approval") ApprovalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            wellbeing.approve(id, form.decisionReference());
            redirect.addFlashAttribute("notice", messages.get("report.approvedNotice"));
            return "redirect:/wellbeing-reports/" + id;
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return show(id, model);
        }
    }

    @PostMapping("/wellbeing-reports/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        WellbeingReportView r = wellbeing.get(id);
        wellbeing.delete(id);
        redirect.addFlashAttribute("notice", messages.get("report.deleted"));
        return "redirect:/programmes/" + r.programmeId() + "/cycle";
    }

    @GetMapping("/wellbeing-reports/{id}/report.pdf")
    void pdf(@PathVariable String id, HttpServletResponse response) throws IOException {
        reports.wellbeingReport(id, response);
    }
}
