package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.GoalService;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of planning under {@code /api/v1/public}: approved public programmes with their goals.
 * Restricted plans never appear, not even in counts.
 */
@RestController
class PublicPlanningApiController {

    private final ProgrammeService programmes;
    private final GoalService goals;

    PublicPlanningApiController(ProgrammeService programmes, GoalService goals) {
        this.programmes = programmes;
        this.goals = goals;
    }

    /** A public programme: what anyone may read of it. */
    record PublicProgramme(
            String id,
            String kind,
            String name,
            String nameSv,
            String nameEn,
            String description,
            String areaCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            String decisionReference,
            LocalDate decisionDate,
            List<PublicGoal> goals) {

        static PublicProgramme of(ProgrammeView p, List<PublicGoal> goals) {
            return new PublicProgramme(
                    p.id(),
                    p.kind(),
                    p.name(),
                    p.nameSv(),
                    p.nameEn(),
                    p.description(),
                    p.areaCode(),
                    p.periodStart(),
                    p.periodEnd(),
                    p.decisionReference(),
                    p.decisionDate(),
                    goals);
        }
    }

    /** A goal of a public programme. */
    record PublicGoal(String id, String parentId, String code, String title, String titleSv, String titleEn) {

        static PublicGoal of(GoalView g) {
            return new PublicGoal(g.id(), g.parentId(), g.code(), g.title(), g.titleSv(), g.titleEn());
        }
    }

    @GetMapping("/api/v1/public/programmes")
    PageResult<PublicProgramme> programmes(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return programmes
                .listPublic(q, kind, area, PageParams.of(page, size, sort))
                .map(p -> PublicProgramme.of(p, null));
    }

    @GetMapping("/api/v1/public/programmes/{id}")
    PublicProgramme programme(@PathVariable String id) {
        ProgrammeView p = programmes.findPublic(id).orElseThrow(NotFoundException::new);
        return PublicProgramme.of(p, goals.goals(p).stream().map(PublicGoal::of).toList());
    }
}
