package fi.turvaverkko.continuity.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaires: every logged-in user reads them; an admin publishes a new version. A version
 * never changes once published, so answers given to it keep their meaning.
 */
@Service
public class QuestionnaireService {

    static final String CODE = "[A-Z][A-Z0-9_]{0,59}";

    private final QuestionnaireRepository repository;
    private final ApplicationEventPublisher events;

    QuestionnaireService(QuestionnaireRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Every version, or only the newest of each family. */
    public List<QuestionnaireView> list(boolean currentOnly) {
        return (currentOnly ? repository.current() : repository.all())
                .stream().map(QuestionnaireView::summary).toList();
    }

    public QuestionnaireView get(String id) {
        return repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public Optional<QuestionnaireView> find(long id) {
        return repository.find(id);
    }

    /**
     * The newest versions, the one meant for the sector first; without a sector (a user who acts
     * for no actor, such as the administrator) in their stored order.
     */
    public List<QuestionnaireView> forSector(String sector) {
        List<QuestionnaireView> current = new ArrayList<>(repository.current());
        if (sector == null) {
            return current;
        }
        current.sort((a, b) -> Boolean.compare(!meantFor(a, sector), !meantFor(b, sector)));
        return current;
    }

    private static boolean meantFor(QuestionnaireView q, String sector) {
        return q.audience() != null && q.audience().contains(sector);
    }

    /** Publishes a new version of a family (the next version number); admins only. */
    @Transactional
    public QuestionnaireView publish(QuestionnaireView q) {
        if (!CurrentUser.get().isAdmin()) {
            throw new ForbiddenException();
        }
        Map<String, Object> document = validate(q);
        int version = repository.nextVersion(q.code());
        document.put("version", version);
        long id = repository.importDocument(document);
        QuestionnaireView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.action(
                "CONTINUITY_QUESTIONNAIRE",
                id,
                "PUBLISH",
                Map.of("code", created.code(), "version", version, "questions", created.questionCount())));
        return created;
    }

    private static Map<String, Object> validate(QuestionnaireView q) {
        List<Problem> problems = new ArrayList<>();
        if (q.code() == null || !q.code().matches(CODE)) {
            problems.add(Problem.field("code", "pattern.code"));
        }
        if (q.variant() == null || !List.of("FULL", "LIGHT").contains(q.variant())) {
            problems.add(Problem.field("variant", "error.continuity.variant"));
        }
        required(problems, "title", q.title(), 300);
        for (String a : q.audience() == null ? List.<String>of() : q.audience()) {
            if (a == null || !a.matches(CODE)) {
                problems.add(Problem.field("audience", "error.catalogue.unknownCode", a));
            }
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        Set<String> sectionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        if (q.sections() == null || q.sections().isEmpty()) {
            problems.add(Problem.field("sections", "error.continuity.noSections"));
        } else {
            for (int i = 0; i < q.sections().size(); i++) {
                QuestionnaireView.Section s = q.sections().get(i);
                String at = "sections[" + i + "]";
                if (s.code() == null || !s.code().matches(CODE) || !sectionCodes.add(s.code())) {
                    problems.add(Problem.field(at + ".code", "error.continuity.code"));
                }
                required(problems, at + ".title", s.title(), 300);
                List<Map<String, Object>> questions = new ArrayList<>();
                if (s.questions() == null || s.questions().isEmpty()) {
                    problems.add(Problem.field(at + ".questions", "error.continuity.noQuestions"));
                } else {
                    for (int j = 0; j < s.questions().size(); j++) {
                        QuestionnaireView.Question question = s.questions().get(j);
                        String qat = at + ".questions[" + j + "]";
                        if (question.code() == null
                                || !question.code().matches(CODE)
                                || !questionCodes.add(question.code())) {
                            problems.add(Problem.field(qat + ".code", "error.continuity.code"));
                        }
                        required(problems, qat + ".text", question.text(), 2000);
                        if (question.levels() == null || question.levels().size() != 5) {
                            problems.add(Problem.field(qat + ".levels", "error.continuity.levels"));
                        } else {
                            question.levels()
                                    .forEach(l ->
                                            required(problems, qat + ".levels", l == null ? null : l.text(), 1000));
                        }
                        if (question.suggestion() == null) {
                            problems.add(Problem.field(qat + ".suggestion", "validation.required"));
                        } else {
                            required(
                                    problems,
                                    qat + ".suggestion.title",
                                    question.suggestion().title(),
                                    300);
                        }
                        if (problems.isEmpty()) {
                            questions.add(question(question));
                        }
                    }
                }
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("code", s.code());
                section.put("title", new Text(s.title(), s.titleSv(), s.titleEn()).toMap());
                section.put("description", new Text(s.description(), s.descriptionSv(), s.descriptionEn()).toMap());
                section.put("questions", questions);
                sections.add(section);
            }
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("code", q.code());
        doc.put("variant", q.variant());
        doc.put("title", new Text(q.title(), q.titleSv(), q.titleEn()).toMap());
        doc.put("description", new Text(q.description(), q.descriptionSv(), q.descriptionEn()).toMap());
        doc.put("audience", q.audience() == null ? List.of() : q.audience());
        doc.put("sections", sections);
        return doc;
    }

    private static Map<String, Object> question(QuestionnaireView.Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", q.code());
        m.put("text", new Text(q.text(), q.textSv(), q.textEn()).toMap());
        m.put(
                "levels",
                q.levels().stream()
                        .map(l -> new Text(l.text(), l.textSv(), l.textEn()).toMap())
                        .toList());
        QuestionnaireView.Suggestion s = q.suggestion();
        m.put(
                "suggestion",
                Map.of(
                        "title", new Text(s.title(), s.titleSv(), s.titleEn()).toMap(),
                        "description", new Text(s.description(), s.descriptionSv(), s.descriptionEn()).toMap()));
        return m;
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.field(field, "validation.required"));
        } else if (value.length() > max) {
            problems.add(Problem.field(field, "validation.size", max, 0));
        }
    }
}
