package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.domain.ExerciseService;
import fi.turvaverkko.operations.domain.ExerciseView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/exercises}: exercises, their observations and lessons learned. */
@RestController
@RequestMapping("/api/v1/exercises")
class ExerciseApiController {

    private final ExerciseService exercises;

    ExerciseApiController(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @GetMapping
    PageResult<ExerciseView> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return exercises.list(region, year, PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    ExerciseView one(@PathVariable String id) {
        return exercises.get(id);
    }

    @PostMapping
    ResponseEntity<ExerciseView> create(@RequestBody ExerciseView x) {
        ExerciseView created = exercises.create(x);
        return ResponseEntity.created(URI.create("/api/v1/exercises/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ExerciseView update(@PathVariable String id, @RequestBody ExerciseView x) {
        return exercises.update(id, x);
    }

    /** A text: {@code {"text": "…"}}. */
    record Text(String text) {}

    @PostMapping("/{id}/observations")
    ResponseEntity<ExerciseView.Observation> observe(@PathVariable String id, @RequestBody Text t) {
        return ResponseEntity.status(201).body(exercises.observe(id, t.text()));
    }

    @PostMapping("/{id}/lessons")
    ResponseEntity<ExerciseView.Lesson> lesson(@PathVariable String id, @RequestBody Text t) {
        return ResponseEntity.status(201).body(exercises.addLesson(id, t.text()));
    }

    @PostMapping("/{id}/lessons/{lessonId}/measure")
    ExerciseView.Lesson toMeasure(
            @PathVariable String id,
            @PathVariable String lessonId,
            @RequestBody(required = false) ExerciseService.MeasureRequest m) {
        return exercises.toMeasure(
                id, lessonId, m == null ? new ExerciseService.MeasureRequest(null, null, null, null, null) : m);
    }
}
