package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.planning.actionlist.domain.MeasureExport;
import fi.turvaverkko.planning.actionlist.domain.MeasureFilter;
import fi.turvaverkko.planning.actionlist.domain.MeasureService;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.PublicLink;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The action list's progress for anyone: the page {@code /public/measures} (the same list template as
 * the signed-in one), and the open data {@code /api/v1/public/measures} with its export. Only the
 * measures of approved public programmes, and never a goal of a restricted plan.
 */
@Controller
class PublicMeasuresController {

    private final MeasureService measures;
    private final MeasureExport export;
    private final Programmes programmes;
    private final Actors actors;
    private final MeasureLabels labels;

    PublicMeasuresController(
            MeasureService measures, MeasureExport export, Programmes programmes, Actors actors, MeasureLabels labels) {
        this.measures = measures;
        this.export = export;
        this.programmes = programmes;
        this.actors = actors;
        this.labels = labels;
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
            BigDecimal realisedCost) {

        static PublicMeasure of(MeasureView m, Map<String, String> names) {
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
    }

    @GetMapping("/public/measures")
    String page(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        MeasureFilter filter = new MeasureFilter(q, programme, area, theme, null, null, status, null, null, null);
        PageResult<MeasureView> result = measures.listPublic(filter, PageParams.of(page, 20, sort));
        MeasureListModel.fill(
                model, true, filter, result, programmes.findAll(MeasureListModel.programmeIds(result)), labels);
        model.addAttribute(
                "programmeOptions",
                programmes.publicProgrammes(200).stream()
                        .map(p -> new Option(p.id(), p.localName()))
                        .toList());
        return Views.pageOrFragment(request, "planning/measures", "results");
    }

    @GetMapping("/api/v1/public/measures")
    @ResponseBody
    PageResult<PublicMeasure> list(
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
        PageResult<MeasureView> result = measures.listPublic(
                new MeasureFilter(q, programme, area, theme, targetGroup, emphasis, status, null, year, null),
                PageParams.of(page, size, sort));
        Set<Long> actorIds = new HashSet<>();
        result.content().forEach(m -> actorIds.add(Long.valueOf(m.responsibleActorId())));
        Map<String, String> names = new HashMap<>();
        // the open data names actors in Finnish, whatever the caller's language
        actors.findAll(actorIds).forEach(a -> names.put(a.id(), a.name()));
        return result.map(m -> PublicMeasure.of(m, names));
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
        MeasureFilter filter = new MeasureFilter(null, programme, area, theme, null, null, null, null, null, null);
        // refuse bad filters before the headers go out
        measures.checkPublic(filter);
        Downloads.start(response, f, "toimenpidelista");
        export.exportPublic(filter, f, response.getOutputStream());
    }

    @Bean
    static PublicLink publicMeasuresLink() {
        return new PublicLink(31, "/public/measures", "public.measures.title", "public.measures.description");
    }
}
