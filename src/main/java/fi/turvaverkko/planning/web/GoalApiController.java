package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.domain.AlignmentService;
import fi.turvaverkko.planning.domain.GoalCommand;
import fi.turvaverkko.planning.domain.GoalLinkService;
import fi.turvaverkko.planning.domain.GoalLinkView;
import fi.turvaverkko.planning.domain.GoalService;
import fi.turvaverkko.planning.domain.LinkCommand;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/goals}, {@code /api/v1/goal-links} and the alignment of goals across programmes. A
 * {@code PUT} takes the item as {@code GET} gave it; its read-only fields are left behind.
 */
@RestController
class GoalApiController {

    private final GoalService goals;
    private final GoalLinkService links;
    private final AlignmentService alignment;

    GoalApiController(GoalService goals, GoalLinkService links, AlignmentService alignment) {
        this.goals = goals;
        this.links = links;
        this.alignment = alignment;
    }

    @GetMapping("/api/v1/goals")
    PageResult<GoalView> list(
            @RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String parentId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return goals.list(programmeId, parentId, q, PageParams.of(page, size, sort));
    }

    @GetMapping("/api/v1/goals/{id}")
    GoalView one(@PathVariable String id) {
        return goals.get(id);
    }

    @PostMapping("/api/v1/goals")
    ResponseEntity<GoalView> create(@RequestBody GoalView goal) {
        GoalView created = goals.create(GoalCommand.of(goal));
        return ResponseEntity.created(URI.create("/api/v1/goals/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/goals/{id}")
    GoalView update(@PathVariable String id, @RequestBody GoalView goal) {
        return goals.update(id, GoalCommand.of(goal));
    }

    @DeleteMapping("/api/v1/goals/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        goals.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** Everything below the goal down to the measures and their progress, and the chain above it. */
    @GetMapping("/api/v1/goals/{id}/alignment")
    AlignmentService.Alignment alignment(@PathVariable String id) {
        return alignment.of(id);
    }

    @GetMapping("/api/v1/alignment/matrix")
    AlignmentService.Matrix matrix(@RequestParam String a, @RequestParam String b) {
        return alignment.matrix(a, b);
    }

    @GetMapping("/api/v1/goal-links")
    PageResult<GoalLinkView> links(
            @RequestParam(required = false) String goalId,
            @RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return links.list(goalId, programmeId, kind, PageParams.of(page, size, sort));
    }

    @GetMapping("/api/v1/goal-links/{id}")
    GoalLinkView link(@PathVariable String id) {
        return links.get(id);
    }

    @PostMapping("/api/v1/goal-links")
    ResponseEntity<GoalLinkView> createLink(@RequestBody GoalLinkView link) {
        GoalLinkView created = links.create(LinkCommand.of(link));
        return ResponseEntity.created(URI.create("/api/v1/goal-links/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/goal-links/{id}")
    GoalLinkView updateLink(@PathVariable String id, @RequestBody GoalLinkView link) {
        return links.update(id, LinkCommand.of(link));
    }

    @DeleteMapping("/api/v1/goal-links/{id}")
    ResponseEntity<Void> deleteLink(@PathVariable String id) {
        links.delete(id);
        return ResponseEntity.noContent().build();
    }
}
