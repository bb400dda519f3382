package fi.turvaverkko.continuity.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.RestrictedItemRead;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's self-assessments. Only the users who act for the organisation see or touch
 * them: to everyone else, the coordinator and the admins included, they do not exist (404), in lists,
 * counts and errors alike. The audit log records that an assessment changed, never its answers.
 */
@Service
public class AssessmentService {

    static final String ITEM = "CONTINUITY_ASSESSMENT";

    private final AssessmentRepository repository;
    private final QuestionnaireService questionnaires;
    private final Actors actors;
    private final Areas areas;
    private final SuggestionHandOver handOver;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    AssessmentService(
            AssessmentRepository repository,
            QuestionnaireService questionnaires,
            Actors actors,
            Areas areas,
            SuggestionHandOver handOver,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.repository = repository;
        this.questionnaires = questionnaires;
        this.actors = actors;
        this.areas = areas;
        this.handOver = handOver;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The assessments of the user's own organisations; nobody else's are ever listed. */
    public PageResult<AssessmentView> list(String actorId, String status, PageParams paging) {
        if (status != null
                && !status.isBlank()
                && !List.of("IN_PROGRESS", "SUBMITTED").contains(status)) {
            throw new InvalidInputException("status", "error.status.unknown", status);
        }
        Long actor;
        try {
            actor = Ids.parseOrNull(actorId == null || actorId.isBlank() ? null : actorId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("actorId", "validation.format");
        }
        return repository
                .list(CurrentUser.get().actorIds(), actor, status == null || status.isBlank() ? null : status, paging)
                .map(r -> read(view(r, false), "assessment"));
    }

    /** Does the user act for any organisation, and so may assess one? */
    public boolean canAssess() {
        return !CurrentUser.get().actorIds().isEmpty();
    }

    public AssessmentView get(String id) {
        AssessmentRepository.Row r = own(id);
        return read(view(r, true), "answers");
    }

    /**
     * An organisation's assessment is restricted data even for its own users: every one handed out
     * is recorded in the audit log (ADR 0024).
     */
    private AssessmentView read(AssessmentView a, String what) {
        events.publishEvent(new RestrictedItemRead(ITEM, a.id(), what));
        return a;
    }

    /** The questionnaire version an assessment answers. */
    public QuestionnaireView questionnaireOf(AssessmentView a) {
        return questionnaires.get(a.questionnaireId());
    }

    @Transactional
    public AssessmentView start(StartCommand cmd) {
        ActorView actor = ownActor(cmd == null ? null : cmd.actorId());
        QuestionnaireView q;
        String qid = cmd == null ? null : cmd.questionnaireId();
        if (qid == null || qid.isBlank()) {
            q = questionnaires.forSector(actor.sector()).stream()
                    .findFirst()
                    .orElseThrow(() -> new ConflictException("error.continuity.noQuestionnaire"));
        } else {
            try {
                q = questionnaires.find(Ids.parse(qid)).orElse(null);
            } catch (NotFoundException e) {
                q = null;
            }
            if (q == null) {
                throw new InvalidInputException("questionnaireId", "error.continuity.questionnaire");
            }
            QuestionnaireView chosen = q;
            boolean current = questionnaires.list(true).stream().anyMatch(c -> c.id().equals(chosen.id()));
            if (!current) {
                throw new InvalidInputException("questionnaireId", "error.continuity.notCurrent");
            }
        }
        long actorId = Long.parseLong(actor.id());
        Optional<Long> open = repository.open(actorId, q.code());
        if (open.isPresent()) {
            throw new DomainException(
                    409,
                    "error.continuity.openExists",
                    List.of(Problem.field("questionnaireId", "error.continuity.openExists", open.get())),
                    open.get());
        }
        long id = repository.insert(
                actorId, Long.parseLong(q.id()), q.code(), CurrentUser.get().username());
        events.publishEvent(ItemChanged.action(ITEM, id, "CREATE", Map.of()));
        return get(String.valueOf(id));
    }

    /**
     * Saves some or all answers of an open assessment. Every answer is checked first; if any is
     * wrong, nothing is saved.
     */
    @Transactional
    public AssessmentView saveAnswers(String id, AnswersCommand cmd) {
        AssessmentRepository.Row r = own(id);
        lock(r.id());
        if (!"IN_PROGRESS".equals(own(id).status())) {
            throw new ConflictException("error.continuity.submitted");
        }
        QuestionnaireView q = questionnaires.get(String.valueOf(r.questionnaireId()));
        Map<String, QuestionnaireView.Question> byId = new HashMap<>();
        q.sections().forEach(s -> s.questions().forEach(x -> byId.put(x.id(), x)));
        List<AnswerView> answers = cmd == null || cmd.answers() == null ? List.of() : cmd.answers();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerView a = answers.get(i);
            String at = "answers[" + i + "]";
            if (a == null || a.questionId() == null || !byId.containsKey(a.questionId())) {
                problems.add(Problem.field(at + ".questionId", "error.continuity.otherVersion"));
                continue;
            }
            if (a.score() != null && (a.score() < 0 || a.score() > 4)) {
                problems.add(Problem.field(at + ".score", "error.continuity.score"));
            }
            if (a.note() != null && a.note().length() > 2000) {
                problems.add(Problem.field(at + ".note", "validation.size", 2000, 0));
            }
        }
        InvalidInputException.throwIfAny(problems);
        for (AnswerView a : answers) {
            String note =
                    a.note() == null || a.note().isBlank() ? null : a.note().trim();
            long questionId = Long.parseLong(a.questionId());
            if (a.score() == null && note == null) {
                repository.deleteAnswer(r.id(), questionId);
            } else {
                repository.saveAnswer(r.id(), r.questionnaireId(), questionId, a.score(), note);
            }
        }
        if (!repository.touch(r.id())) {
            throw new ConflictException("error.continuity.submitted");
        }
        events.publishEvent(ItemChanged.action(ITEM, r.id(), "SAVE_ANSWERS", Map.of("answers", answers.size())));
        return get(id);
    }

    /** Submits an assessment whose every question has a score; it then has results and counts in aggregates. */
    @Transactional
    public AssessmentView submit(String id) {
        AssessmentRepository.Row r = own(id);
        lock(r.id());
        if (!"IN_PROGRESS".equals(own(id).status())) {
            throw new ConflictException("error.continuity.submitted");
        }
        complete(r, null);
        events.publishEvent(ItemChanged.action(ITEM, r.id(), "SUBMIT", Map.of()));
        return get(id);
    }

    /** Scores a complete assessment and submits it; refuses one with unanswered questions. */
    private void complete(AssessmentRepository.Row r, java.time.OffsetDateTime at) {
        QuestionnaireView q = questionnaires.get(String.valueOf(r.questionnaireId()));
        Map<String, Integer> scores = new HashMap<>();
        repository.answers(r.id()).forEach(a -> {
            if (a.score() != null) {
                scores.put(a.questionId(), a.score());
            }
        });
        List<Problem> missing = new ArrayList<>();
        List<AssessmentRepository.SectionSum> sums = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (QuestionnaireView.Section s : q.sections()) {
            int sum = 0;
            for (QuestionnaireView.Question x : s.questions()) {
                Integer score = scores.get(x.id());
                if (score == null) {
                    missing.add(Problem.field("answers", "error.continuity.unanswered", x.code(), x.localText()));
                } else {
                    sum += score;
                }
            }
            sums.add(new AssessmentRepository.SectionSum(
                    s.code(), sum, s.questions().size()));
            total = total.add(BigDecimal.valueOf(sum)
                    .divide(BigDecimal.valueOf(s.questions().size()), 6, RoundingMode.HALF_UP));
        }
        InvalidInputException.throwIfAny(missing);
        BigDecimal overall = total.divide(BigDecimal.valueOf(q.sections().size()), 3, RoundingMode.HALF_UP);
        ActorView actor = actors.find(r.actorId()).orElseThrow(NotFoundException::new);
        if (!repository.submit(r.id(), r.actorId(), r.family(), snapshot(actor), overall, sums, at)) {
            throw new ConflictException("error.continuity.submitted");
        }
    }

    /**
     * Adds a submitted assessment with the given scores (question id → 0–4), without rights checks:
     * for demo and benchmark data only.
     */
    @Transactional
    public String loadSubmitted(
            long actorId, long questionnaireId, Map<String, Integer> scores, java.time.OffsetDateTime at, String by) {
        QuestionnaireView q = questionnaires.find(questionnaireId).orElseThrow();
        long id = repository.insert(actorId, questionnaireId, q.code(), by);
        scores.forEach(
                (question, score) -> repository.saveAnswer(id, questionnaireId, Long.parseLong(question), score, null));
        repository.startedAt(id, at.minusDays(3));
        complete(repository.find(id).orElseThrow(), at);
        return String.valueOf(id);
    }

    /** Discards an assessment that has not been submitted. */
    @Transactional
    public void delete(String id) {
        AssessmentRepository.Row r = own(id);
        if (!repository.deleteOpen(r.id())) {
            throw new ConflictException("error.continuity.submitted");
        }
        events.publishEvent(ItemChanged.action(ITEM, r.id(), "DELETE", Map.of()));
    }

    /** The results of a submitted assessment. */
    public ResultsView results(String id) {
        AssessmentRepository.Row r = own(id);
        if (!"SUBMITTED".equals(r.status())) {
            throw new ConflictException("error.continuity.notSubmitted");
        }
        events.publishEvent(new RestrictedItemRead(ITEM, String.valueOf(r.id()), "results"));
        return compute(r);
    }

    private ResultsView compute(AssessmentRepository.Row r) {
        QuestionnaireView q = questionnaires.get(String.valueOf(r.questionnaireId()));
        Map<String, Integer> scores = new HashMap<>();
        repository.answers(r.id()).forEach(a -> scores.put(a.questionId(), a.score()));
        Map<String, String> adopted = repository.adopted(r.id());
        List<ResultsView.SectionResult> sections = new ArrayList<>();
        List<ResultsView.WeakPoint> weak = new ArrayList<>();
        for (QuestionnaireView.Section s : q.sections()) {
            int sum = 0;
            for (QuestionnaireView.Question x : s.questions()) {
                int score = scores.getOrDefault(x.id(), 0) == null ? 0 : scores.getOrDefault(x.id(), 0);
                sum += score;
                if (score < 4) {
                    weak.add(new ResultsView.WeakPoint(
                            x.id(),
                            x.code(),
                            s.code(),
                            s.localTitle(),
                            x.localText(),
                            score,
                            x.levels().get(score).localText(),
                            r.id() + "-" + x.id(),
                            x.suggestion().localTitle(),
                            x.suggestion().localDescription(),
                            adopted.get(x.id())));
                }
            }
            sections.add(new ResultsView.SectionResult(
                    s.code(),
                    s.localTitle(),
                    BigDecimal.valueOf(sum)
                            .divide(BigDecimal.valueOf(s.questions().size()), 1, RoundingMode.HALF_UP),
                    s.questions().size()));
        }
        weak.sort(Comparator.comparingInt(ResultsView.WeakPoint::score));
        return new ResultsView(
                String.valueOf(r.id()),
                String.valueOf(r.actorId()),
                String.valueOf(r.questionnaireId()),
                q.localTitle(),
                r.submittedAt(),
                r.overall() == null ? null : r.overall().setScale(1, RoundingMode.HALF_UP),
                sections,
                weak);
    }

    /** The results for the PDF report: as {@link #results}, recorded as a report read. */
    public ResultsView report(String id) {
        AssessmentRepository.Row r = own(id);
        if (!"SUBMITTED".equals(r.status())) {
            throw new ConflictException("error.continuity.notSubmitted");
        }
        events.publishEvent(new RestrictedItemRead(ITEM, String.valueOf(r.id()), "report"));
        return compute(r);
    }

    /** Whether suggestions can be adopted as measures (the action list is there). */
    public boolean canAdopt() {
        return handOver.available();
    }

    /**
     * Adopts the suggestion of a question as the organisation's own measure in the action list; each
     * suggestion once.
     */
    @Transactional
    public String adopt(String id, String questionId) {
        AssessmentRepository.Row r = own(id);
        lock(r.id());
        if (!"SUBMITTED".equals(r.status())) {
            throw new ConflictException("error.continuity.notSubmitted");
        }
        QuestionnaireView q = questionnaires.get(String.valueOf(r.questionnaireId()));
        QuestionnaireView.Question question = q.sections().stream()
                .flatMap(s -> s.questions().stream())
                .filter(x -> x.id().equals(questionId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (repository.adopted(r.id()).containsKey(questionId)) {
            throw new ConflictException("error.continuity.adopted");
        }
        ActorView actor = actors.find(r.actorId()).orElseThrow(NotFoundException::new);
        String suggestionId = r.id() + "-" + questionId;
        String measureId = handOver.adopt(
                actor.id(),
                actor.homeAreaCode(),
                question.suggestion().localTitle(),
                question.suggestion().localDescription(),
                suggestionId);
        repository.adopt(
                r.id(), Long.parseLong(questionId), measureId, CurrentUser.get().username());
        events.publishEvent(ItemChanged.action(ITEM, r.id(), "ADOPT_SUGGESTION", Map.of("measureId", measureId)));
        return measureId;
    }

    // rights

    /** The assessment, if the user acts for its organisation; otherwise it does not exist. */
    private AssessmentRepository.Row own(String id) {
        AssessmentRepository.Row r = repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
        if (!CurrentUser.get().actsFor(r.actorId())) {
            throw new NotFoundException();
        }
        return r;
    }

    private void lock(long id) {
        jdbc.sql("SELECT id FROM continuity.assessment WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    private ActorView ownActor(String actorId) {
        CurrentUser u = CurrentUser.get();
        Long id;
        if (actorId == null || actorId.isBlank()) {
            if (u.actorIds().size() != 1) {
                throw new InvalidInputException("actorId", "validation.required");
            }
            id = u.actorIds().iterator().next();
        } else {
            try {
                id = Ids.parse(actorId);
            } catch (NotFoundException e) {
                throw new InvalidInputException("actorId", "error.actor.unknown", actorId);
            }
        }
        if (!u.actsFor(id)) {
            throw new ForbiddenException();
        }
        ActorView actor =
                actors.find(id).orElseThrow(() -> new InvalidInputException("actorId", "error.actor.unknown", actorId));
        if (!"ACTIVE".equals(actor.status())) {
            throw new ForbiddenException();
        }
        return actor;
    }

    private AssessmentRepository.Snapshot snapshot(ActorView actor) {
        Long home = Long.valueOf(actor.homeAreaId());
        Long subregion = null;
        Long region = null;
        for (AreaView a : areas.ancestry(home)) {
            if (AreaType.SUBREGION.name().equals(a.type())) {
                subregion = Long.valueOf(a.id());
            }
            if (a.isRegion()) {
                region = Long.valueOf(a.id());
            }
        }
        return new AssessmentRepository.Snapshot(actor.sector(), home, subregion, region);
    }

    private AssessmentView view(AssessmentRepository.Row r, boolean withAnswers) {
        QuestionnaireView q = questionnaires.get(String.valueOf(r.questionnaireId()));
        return new AssessmentView(
                String.valueOf(r.id()),
                String.valueOf(r.actorId()),
                String.valueOf(r.questionnaireId()),
                q.code(),
                q.version(),
                r.status(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt(),
                r.submittedAt(),
                r.answered(),
                q.questionCount(),
                r.overall() == null ? null : r.overall().setScale(1, RoundingMode.HALF_UP),
                withAnswers ? repository.answers(r.id()) : null,
                r.version());
    }
}
