package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.actionlist.domain.MeasureFilter;
import fi.turvaverkko.shared.PageResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.ui.Model;

/**
 * What the one measure list template ({@code planning/measures}) shows beside the rows, for the
 * signed-in list and the public one alike: the names of the rows' programmes, responsible actors and
 * areas, each asked in one batch for the whole page, never once a row.
 */
final class MeasureListModel {

    private MeasureListModel() {}

    static void fill(
            Model model,
            boolean publicList,
            MeasureFilter filter,
            PageResult<MeasureView> result,
            Collection<ProgrammeView> programmesOfRows,
            MeasureLabels labels) {
        List<MeasureView> rows = result.content();
        Map<String, String> programmeNames = new HashMap<>();
        Set<String> restricted = new HashSet<>();
        programmesOfRows.forEach(p -> {
            programmeNames.put(p.id(), p.localName());
            if (p.isRestricted()) {
                restricted.add(p.id());
            }
        });
        Set<String> areaCodes = new HashSet<>();
        rows.forEach(m -> areaCodes.addAll(m.areaCodes()));
        model.addAttribute("publicList", publicList);
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("programmeNames", programmeNames);
        model.addAttribute("restrictedProgrammes", restricted);
        model.addAttribute(
                "actorNames",
                labels.actorNames(
                        rows.stream().map(MeasureView::responsibleActorId).toList()));
        model.addAttribute("areaNames", labels.areaNames(areaCodes));
    }

    /** The distinct programme ids of the rows, for one batch read. */
    static List<Long> programmeIds(PageResult<MeasureView> result) {
        return result.content().stream()
                .map(m -> Long.valueOf(m.programmeId()))
                .distinct()
                .toList();
    }
}
