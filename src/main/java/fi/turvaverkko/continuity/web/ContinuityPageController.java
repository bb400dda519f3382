package fi.turvaverkko.continuity.web;

import fi.turvaverkko.continuity.AggregateService;
import fi.turvaverkko.continuity.AggregateView;
import fi.turvaverkko.continuity.domain.AnswerView;
import fi.turvaverkko.continuity.domain.AnswersCommand;
import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.AssessmentView;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.continuity.domain.QuestionnaireView;
import fi.turvaverkko.continuity.domain.ResultsView;
import fi.turvaverkko.continuity.domain.StartCommand;
import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The continuity pages: an organisation's assessments, the questionnaire one section at a time, the
 * results with suggested improvements and the PDF report, and the region's aggregates.
 */
@Controller
class ContinuityPageController {

    private final AssessmentService assessments;
    private final QuestionnaireService questionnaires;
    private final AggregateService aggregates;
    private final ContinuityReport report;
    private final Actors actors;
    private final Areas areas;
    private final Messages messages;

    ContinuityPageController(
            AssessmentService assessments,
            QuestionnaireService questionnaires,
            AggregateService aggregates,
            ContinuityReport report,
            Actors actors,
            Areas areas,
            Messages messages) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.aggregates = aggregates;
        this.report = report;
        this.actors = actors;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/continuity")
    String overview(@RequestParam(required = false) Integer page, Model model) {
        CurrentUser u = CurrentUser.get();
        List<ActorView> own = actors.findAll(u.actorIds()).stream()
                .filter(a -> "ACTIVE".equals(a.status()))
                .toList();
        model.addAttribute("result", assessments.list(null, null, PageParams.of(page, 20, null)));
        model.addAttribute("ownActors", own);
        Map<String, String> actorNames = new HashMap<>();
        own.forEach(a -> actorNames.put(a.id(), a.localName()));
        model.addAttribute("actorNames", actorNames);
        String sector = own.isEmpty() ? null : own.get(0).sector();
        model.addAttribute(
                "questionnaireOptions",
                questionnaires.forSector(sector).stream()
                        .map(q -> new Option(q.id(), q.localTitle()))
                        .toList());
        model.addAttribute(
                "actorOptions",
                own.stream().map(a -> new Option(a.id(), a.localName())).toList());
        Map<String, String> titles = new HashMap<>();
        questionnaires.list(false).forEach(q -> titles.put(q.id(), q.localTitle() + " (" + q.version() + ")"));
        model.addAttribute("questionnaireTitles", titles);
        List<AreaView> regions = aggregateRegions();
        AggregateView regionView = null;
        if (!regions.isEmpty()) {
            String preferred = aggregates.defaultRegionCode();
            String code = regions.stream().anyMatch(r -> r.code().equals(preferred))
                    ? preferred
                    : regions.get(0).code();
            regionView = aggregates.aggregates(code, null, null, null);
        }
        model.addAttribute("regionView", regionView);
        return "continuity/overview";
    }

    @PostMapping("/continuity/start")
    String start(
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) String questionnaireId,
            RedirectAttributes redirect) {
        try {
            AssessmentView a = assessments.start(new StartCommand(actorId, questionnaireId));
            return "redirect:/continuity/assessments/" + a.id();
        } catch (DomainException e) {
            if (e.status() == 409 && "error.continuity.openExists".equals(e.messageKey())) {
                redirect.addFlashAttribute("notice", messages.get("continuity.openExists"));
                return "redirect:/continuity/assessments/" + e.args()[0];
            }
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:/continuity";
        }
    }

    @GetMapping("/continuity/assessments/{id}")
    String form(@PathVariable String id, @RequestParam(required = false) String section, Model model) {
        AssessmentView a = assessments.get(id);
        if (a.isSubmitted()) {
            return "redirect:/continuity/assessments/" + id + "/results";
        }
        return showForm(a, section, model, List.of());
    }

    private String showForm(AssessmentView a, String section, Model model, List<Problem> problems) {
        QuestionnaireView q = assessments.questionnaireOf(a);
        QuestionnaireView.Section current = q.sections().stream()
                .filter(s -> s.code().equals(section))
                .findFirst()
                .orElse(q.sections().get(0));
        Map<String, AnswerView> answers = new HashMap<>();
        a.answers().forEach(x -> answers.put(x.questionId(), x));
        Map<String, Integer> answeredPerSection = new LinkedHashMap<>();
        for (QuestionnaireView.Section s : q.sections()) {
            answeredPerSection.put(s.code(), (int) s.questions().stream()
                    .filter(x ->
                            answers.containsKey(x.id()) && answers.get(x.id()).score() != null)
                    .count());
        }
        int index = q.sections().indexOf(current);
        model.addAttribute("assessment", a);
        model.addAttribute("questionnaire", q);
        model.addAttribute("section", current);
        model.addAttribute("sectionNumber", index + 1);
        model.addAttribute(
                "next", index + 1 < q.sections().size() ? q.sections().get(index + 1) : null);
        model.addAttribute("previous", index > 0 ? q.sections().get(index - 1) : null);
        model.addAttribute("answers", answers);
        model.addAttribute("answeredPerSection", answeredPerSection);
        model.addAttribute(
                "problems",
                problems.stream()
                        .map(p -> messages.get(p.messageKey(), p.args()))
                        .toList());
        model.addAttribute("actor", actors.find(Long.valueOf(a.actorId())).orElseThrow());
        return "continuity/assessment";
    }

    @PostMapping("/continuity/assessments/{id}")
    String save(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        AssessmentView a = assessments.get(id);
        QuestionnaireView q = assessments.questionnaireOf(a);
        String sectionCode = params.get("section");
        QuestionnaireView.Section section = q.sections().stream()
                .filter(s -> s.code().equals(sectionCode))
                .findFirst()
                .orElse(q.sections().get(0));
        List<AnswerView> answers = new ArrayList<>();
        for (QuestionnaireView.Question x : section.questions()) {
            String score = params.get("score-" + x.id());
            String note = params.get("note-" + x.id());
            Integer value = null;
            if (score != null && !score.isBlank()) {
                try {
                    value = Integer.valueOf(score.trim());
                } catch (NumberFormatException e) {
                    value = -1;
                }
            }
            answers.add(new AnswerView(x.id(), x.code(), value, note));
        }
        try {
            assessments.saveAnswers(id, new AnswersCommand(answers));
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return showForm(a, section.code(), model, e.problems());
        }
        String go = params.get("go");
        if ("SUBMIT".equals(go)) {
            try {
                assessments.submit(id);
                redirect.addFlashAttribute("notice", messages.get("continuity.submitted"));
                return "redirect:/continuity/assessments/" + id + "/results";
            } catch (DomainException e) {
                if (e.status() != 400) {
                    throw e;
                }
                return showForm(assessments.get(id), section.code(), model, e.problems());
            }
        }
        redirect.addFlashAttribute("notice", messages.get("continuity.saved"));
        if ("LATER".equals(go)) {
            return "redirect:/continuity";
        }
        String target = go != null && go.matches("[A-Z][A-Z0-9_]{0,59}") ? go : section.code();
        return "redirect:/continuity/assessments/" + id + "?section=" + target + "#questions";
    }

    @PostMapping("/continuity/assessments/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        assessments.delete(id);
        redirect.addFlashAttribute("notice", messages.get("continuity.deleted"));
        return "redirect:/continuity";
    }

    @GetMapping("/continuity/assessments/{id}/results")
    String results(@PathVariable String id, Model model) {
        AssessmentView a = assessments.get(id);
        if (!a.isSubmitted()) {
            return "redirect:/continuity/assessments/" + id;
        }
        ResultsView r = assessments.results(id);
        model.addAttribute("assessment", a);
        model.addAttribute("results", r);
        model.addAttribute("actor", actors.find(Long.valueOf(a.actorId())).orElseThrow());
        model.addAttribute("canAdopt", assessments.canAdopt());
        return "continuity/results";
    }

    @GetMapping("/continuity/assessments/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        ContinuityReport.Pdf pdf = report.render(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.filename() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.bytes());
    }

    @PostMapping("/continuity/assessments/{id}/suggestions/{questionId}/adopt")
    String adopt(@PathVariable String id, @PathVariable String questionId, RedirectAttributes redirect) {
        try {
            assessments.adopt(id, questionId);
            redirect.addFlashAttribute("notice", messages.get("continuity.adopted"));
        } catch (DomainException e) {
            if (e.status() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/continuity/assessments/" + id + "/results#suggestion-" + questionId;
    }

    @GetMapping("/continuity/questionnaires/{id}")
    String questionnaire(@PathVariable String id, Model model) {
        model.addAttribute("questionnaire", questionnaires.get(id));
        return "continuity/questionnaire";
    }

    @GetMapping("/continuity/aggregates")
    String aggregates(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String questionnaire,
            Model model) {
        List<AreaView> regions = aggregateRegions();
        if (regions.isEmpty()) {
            // the aggregates are for a region's coordinator and authorities, not for an admin or a member
            throw new ForbiddenException();
        }
        String code = region;
        if (code == null || code.isBlank()) {
            String preferred = aggregates.defaultRegionCode();
            code = regions.stream().anyMatch(r -> r.code().equals(preferred))
                    ? preferred
                    : regions.get(0).code();
        }
        AggregateView view = aggregates.aggregates(code, questionnaire, null, null);
        model.addAttribute("view", view);
        model.addAttribute(
                "regionOptions",
                Option.sorted(regions.stream()
                        .map(r -> new Option(r.code(), r.localName()))
                        .toList()));
        model.addAttribute(
                "familyOptions",
                questionnaires.list(true).stream()
                        .map(q -> new Option(q.code(), q.localTitle()))
                        .toList());
        return "continuity/aggregates";
    }

    private List<AreaView> aggregateRegions() {
        return areas.ofType(AreaType.REGION).stream()
                .filter(r -> aggregates.canSee(Long.valueOf(r.id())))
                .toList();
    }

    @Bean
    static NavigationItem continuityNavigation() {
        return new NavigationItem(70, "/continuity", "nav.continuity", NavigationItem.Audience.LOGGED_IN);
    }
}
