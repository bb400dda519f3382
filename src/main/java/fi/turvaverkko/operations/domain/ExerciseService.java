package fi.turvaverkko.operations.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparedness exercises: authority users and the coordinator plan them; the organiser's users and the
 * coordinator change them; participants' users add observations; the organiser and the coordinator
 * record lessons learned and turn them into measures of the action list.
 */
@Service
public class ExerciseService {

    private final ExerciseRepository repository;
    private final OperationsAccess access;
    private final Areas areas;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final LessonMeasures measures;
    private final fi.turvaverkko.risks.RiskScenarioService scenarios;

    ExerciseService(
            ExerciseRepository repository,
            OperationsAccess access,
            Areas areas,
            Actors actors,
            ApplicationEventPublisher events,
            LessonMeasures measures,
            fi.turvaverkko.risks.RiskScenarioService scenarios) {
        this.scenarios = scenarios;
        this.repository = repository;
        this.access = access;
        this.areas = areas;
        this.actors = actors;
        this.events = events;
        this.measures = measures;
    }

    public PageResult<ExerciseView> list(String region, Integer year, PageParams paging) {
        DisruptionService.requireLogin();
        String path = null;
        if (region != null && !region.isBlank()) {
            AreaView a = areas.findByCode(region)
                    .orElseThrow(() -> new InvalidInputException("region", "error.area.unknownCode", region));
            path = areas.path(Long.valueOf(a.id()));
        }
        return repository.list(path, year, paging);
    }

    public ExerciseView get(String id) {
        DisruptionService.requireLogin();
        return repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public boolean canCreate() {
        return access.canOpen();
    }

    public boolean canEdit(ExerciseView x) {
        return access.actsFor(Long.valueOf(x.organiserActorId())) || coordinates(x);
    }

    public boolean canObserve(ExerciseView x) {
        return canEdit(x) || x.participantActorIds().stream().anyMatch(a -> access.actsFor(Long.valueOf(a)));
    }

    private boolean coordinates(ExerciseView x) {
        return areas.findByCode(x.regionCode())
                .map(r -> access.coordinatesArea(Long.valueOf(r.id())))
                .orElse(false);
    }

    @Transactional
    public ExerciseView create(ExerciseView x) {
        DisruptionService.requireLogin();
        if (!canCreate()) {
            throw new ForbiddenException();
        }
        ExerciseRepository.Row row = resolve(x);
        if (!access.actsFor(row.organiserActorId()) && !access.coordinatesArea(row.regionId())) {
            throw new ForbiddenException();
        }
        long id = repository.insert(row);
        ExerciseView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("EXERCISE", id, created).onBehalfOf(row.organiserActorId()));
        return created;
    }

    /** Adds an exercise during demo loading; no rights apply. */
    @Transactional
    public long load(ExerciseView x) {
        return repository.insert(resolve(x));
    }

    @Transactional
    public ExerciseView update(String id, ExerciseView x) {
        ExerciseView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        ExerciseRepository.Row row = resolve(x);
        if (x.version() == null || !repository.update(Long.parseLong(id), x.version(), row)) {
            throw new fi.turvaverkko.shared.StaleVersionException(before);
        }
        ExerciseView after = get(id);
        events.publishEvent(ItemChanged.updated("EXERCISE", id, before, after));
        return after;
    }

    @Transactional
    public ExerciseView.Observation observe(String id, String text) {
        ExerciseView x = get(id);
        if (!canObserve(x)) {
            throw new ForbiddenException();
        }
        requireText(text, 4000);
        long oid = repository.addObservation(
                Long.parseLong(x.id()), text.trim(), CurrentUser.get().displayName());
        events.publishEvent(
                ItemChanged.created("EXERCISE_OBSERVATION", oid, Map.of("exerciseId", x.id(), "text", text.trim())));
        return get(id).observations().stream()
                .filter(o -> o.id().equals(String.valueOf(oid)))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public ExerciseView.Lesson addLesson(String id, String text) {
        ExerciseView x = get(id);
        if (!canEdit(x)) {
            throw new ForbiddenException();
        }
        requireText(text, 2000);
        long lid = repository.addLesson(Long.parseLong(x.id()), text.trim());
        events.publishEvent(
                ItemChanged.created("EXERCISE_LESSON", lid, Map.of("exerciseId", x.id(), "text", text.trim())));
        return repository.lesson(lid).orElseThrow();
    }

    /** What a lesson's measure is to be: responsible actor, areas and schedule; the text is the lesson's. */
    public record MeasureRequest(
            String title,
            String responsibleActorId,
            List<String> areaCodes,
            java.time.LocalDate startDate,
            java.time.LocalDate endDate) {}

    /** Turns a lesson learned into a measure of the action list (planning), once. */
    @Transactional
    public ExerciseView.Lesson toMeasure(String exerciseId, String lessonId, MeasureRequest m) {
        ExerciseView x = get(exerciseId);
        ExerciseView.Lesson lesson = x.lessons().stream()
                .filter(l -> l.id().equals(lessonId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (!canEdit(x)) {
            throw new ForbiddenException();
        }
        if (lesson.measureId() != null) {
            throw new ConflictException("error.lesson.alreadyMeasure");
        }
        List<String> codes = m.areaCodes() == null || m.areaCodes().isEmpty() ? List.of(x.regionCode()) : m.areaCodes();
        String responsible =
                m.responsibleActorId() == null || m.responsibleActorId().isBlank()
                        ? x.organiserActorId()
                        : m.responsibleActorId();
        String title = m.title() == null || m.title().isBlank()
                ? (lesson.text().length() > 200 ? lesson.text().substring(0, 199) + "…" : lesson.text())
                : m.title().trim();
        String measureId = measures.create(
                title,
                lesson.text() + "\n\n(" + x.title() + ")",
                responsible,
                codes,
                m.startDate(),
                m.endDate(),
                lesson.id());
        if (!repository.setMeasure(Long.parseLong(lesson.id()), measureId)) {
            throw new ConflictException("error.lesson.alreadyMeasure");
        }
        events.publishEvent(
                ItemChanged.action("EXERCISE_LESSON", lesson.id(), "TO_MEASURE", Map.of("measureId", measureId)));
        return repository.lesson(Long.parseLong(lesson.id())).orElseThrow();
    }

    private static void requireText(String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "validation.required");
        }
        if (text.length() > max) {
            throw new InvalidInputException("text", "validation.size", max, 0);
        }
    }

    private ExerciseRepository.Row resolve(ExerciseView x) {
        List<Problem> problems = new ArrayList<>();
        if (x.title() == null || x.title().isBlank()) {
            problems.add(Problem.field("title", "validation.required"));
        } else if (x.title().length() > 200) {
            problems.add(Problem.field("title", "validation.size", 200, 0));
        }
        if (x.kind() == null || !ExerciseView.KINDS.contains(x.kind())) {
            problems.add(
                    Problem.field("kind", x.kind() == null ? "validation.required" : "error.import.code", x.kind()));
        }
        if (x.startDate() == null) {
            problems.add(Problem.field("startDate", "validation.required"));
        }
        if (x.startDate() != null && x.endDate() != null && x.endDate().isBefore(x.startDate())) {
            problems.add(Problem.field("endDate", "error.term.endBeforeStart"));
        }
        if (x.description() != null && x.description().length() > 4000) {
            problems.add(Problem.field("description", "validation.size", 4000, 0));
        }
        AreaView region = x.regionCode() == null
                ? null
                : areas.findByCode(x.regionCode()).filter(AreaView::isRegion).orElse(null);
        if (region == null) {
            problems.add(Problem.field(
                    "regionCode",
                    x.regionCode() == null ? "validation.required" : "error.area.unknownCode",
                    x.regionCode()));
        }
        Long organiser = actorId(x.organiserActorId(), "organiserActorId", problems, true);
        List<Long> participants = new ArrayList<>();
        for (String p : x.participantActorIds() == null ? List.<String>of() : x.participantActorIds()) {
            Long a = actorId(p, "participantActorIds", problems, false);
            if (a != null) {
                participants.add(a);
            }
        }
        Long scenario = DisruptionService.scenarioId(x.scenarioId(), "scenarioId", problems, scenarios);
        InvalidInputException.throwIfAny(problems);
        return new ExerciseRepository.Row(
                x.title().trim(),
                x.kind(),
                scenario,
                Long.parseLong(region.id()),
                organiser,
                x.startDate(),
                x.endDate(),
                DisruptionService.blank(x.description()),
                participants);
    }

    private Long actorId(String id, String field, List<Problem> problems, boolean required) {
        if (id == null || id.isBlank()) {
            if (required) {
                CurrentUser u = CurrentUser.get();
                Long own = u.authorityActorIds().stream().sorted().findFirst().orElse(null);
                if (own == null) {
                    problems.add(Problem.field(field, "validation.required"));
                }
                return own;
            }
            return null;
        }
        try {
            return actors.find(Ids.parse(id)).map(a -> Long.valueOf(a.id())).orElseGet(() -> {
                problems.add(Problem.field(field, "error.actor.unknown", id));
                return null;
            });
        } catch (NotFoundException e) {
            problems.add(Problem.field(field, "error.actor.unknown", id));
            return null;
        }
    }
}
