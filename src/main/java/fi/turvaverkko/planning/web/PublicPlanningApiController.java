package fi.turvaverkko.planning.web;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureService;
import fi.turvaverkko.planning.MeasureTransfer;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.PublicPlanning;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of planning under {@code /api/v1/public}: approved public programmes with their goals,
 * and the action list's progress. Restricted plans never appear, not even in counts.
 */
@RestController
class PublicPlanningApiController {

    private final PublicPlanning planning;
    private final MeasureTransfer transfer;
    private final Actors actors;

    PublicPlanningApiController(PublicPlanning planning, MeasureTransfer transfer, Actors actors) {
        this.planning = planning;
        this.transfer = transfer;
        this.actors = actors;
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

    /** A measure of a public programme with its progress and costs, and its responsible actor's name. */
    record PublicMeasure(
            String id,
            String programmeId,
            String code,
            String title,
            String titleSv,
            String description,
            String responsibleActorId,
            String responsibleActorName,
            List<String> areaCodes,
            List<String> targetGroups,
            List<String> themes,
            String emphasis,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            Boolean delayed,
            Integer progressPercent,
            LocalDate lastProgressOn,
            BigDecimal plannedCost,
            BigDecimal realisedCost) {}

    @GetMapping("/api/v1/public/programmes")
    PageResult<PublicProgramme> programmes(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return planning.programmes(q, kind, area, PageParams.of(page, size, sort))
                .map(p -> PublicProgramme.of(p, null));
    }

    @GetMapping("/api/v1/public/programmes/{id}")
    PublicProgramme programme(@PathVariable String id) {
        ProgrammeView p = planning.get(id);
        return PublicProgramme.of(
                p, planning.goals(p).stream().map(PublicGoal::of).toList());
    }

    @GetMapping("/api/v1/public/measures")
    PageResult<PublicMeasure> measures(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageResult<MeasureView> result = planning.measures(
                new MeasureService.Filter(q, programme, area, theme, targetGroup, emphasis, status, null, year, null),
                PageParams.of(page, size, sort));
        Set<Long> actorIds = new HashSet<>();
        result.content().forEach(m -> actorIds.add(Long.valueOf(m.responsibleActorId())));
        Map<String, String> names = new HashMap<>();
        actors.findAll(actorIds).forEach(a -> names.put(a.id(), a.name()));
        return result.map(m -> publicMeasure(m, names));
    }

    static PublicMeasure publicMeasure(MeasureView m, Map<String, String> names) {
        return new PublicMeasure(
                m.id(),
                m.programmeId(),
                m.code(),
                m.title(),
                m.titleSv(),
                m.description(),
                m.responsibleActorId(),
                names.get(m.responsibleActorId()),
                m.areaCodes(),
                m.targetGroups(),
                m.themes(),
                m.emphasis(),
                m.startDate(),
                m.endDate(),
                m.status(),
                m.delayed(),
                m.progressPercent(),
                m.lastProgressOn(),
                m.plannedTotal(),
                m.realisedTotal());
    }

    @GetMapping("/api/v1/public/measures/export")
    void export(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            HttpServletResponse response)
            throws IOException {
        TabularFormat f = TabularFormat.of(format);
        MeasureService.Filter filter =
                new MeasureService.Filter(null, programme, area, theme, null, null, null, null, null, null);
        planning.measures(filter, PageParams.first(1));
        Downloads.start(response, f, "toimenpidelista");
        transfer.exportPublic(filter, planning.publicProgrammeIds(), f, response.getOutputStream());
    }

    static String name(ActorView a) {
        return a == null ? null : a.name();
    }
}
