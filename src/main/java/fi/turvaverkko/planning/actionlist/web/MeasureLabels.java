package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.MeasureStatus;
import fi.turvaverkko.planning.actionlist.domain.ActionListCatalogues;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.Option;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The action list's labels and choices: templates call it as {@code ${@measure.theme(code)}} and
 * {@code ${@measure.nextStatuses(status)}}; the names of a page's actors, groups and areas come in one
 * batch each ({@link #actorNames}, {@link #groupNames}, {@link #areaNames}). The labels the
 * programmes' pages share (statuses, emphases, euros) are {@code @plan}'s.
 */
@Component("measure")
class MeasureLabels {

    private final Catalogues catalogues;
    private final Labels labels;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;

    MeasureLabels(Catalogues catalogues, Labels labels, Actors actors, Groups groups, Areas areas) {
        this.catalogues = catalogues;
        this.labels = labels;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
    }

    public String theme(String code) {
        return catalogues.label(ActionListCatalogues.THEMES, code);
    }

    public String targetGroup(String code) {
        return catalogues.label(ActionListCatalogues.TARGET_GROUPS, code);
    }

    public String funding(String code) {
        return code == null ? "" : catalogues.label(ActionListCatalogues.FUNDING_SOURCES, code);
    }

    public String emphasis(String code) {
        return labels.code("emphasis", code);
    }

    public String status(String code) {
        return labels.code("measure.status", code);
    }

    public List<Option> themes() {
        return catalogues.options(ActionListCatalogues.THEMES);
    }

    public List<Option> targetGroups() {
        return catalogues.options(ActionListCatalogues.TARGET_GROUPS);
    }

    public List<Option> fundingSources() {
        return catalogues.options(ActionListCatalogues.FUNDING_SOURCES);
    }

    public List<Option> emphases() {
        return labels.options("emphasis");
    }

    public List<Option> statuses() {
        return labels.options("measure.status");
    }

    /** The statuses a measure may move to from this one (itself included). */
    public List<Option> nextStatuses(String current) {
        MeasureStatus from = current == null ? MeasureStatus.PLANNED : MeasureStatus.valueOf(current);
        return labels.options(
                "measure.status",
                MeasureStatus.CODES.stream()
                        .filter(c -> from.canBecome(MeasureStatus.valueOf(c)))
                        .toList());
    }

    /** The names of the actors, by id, in one query. */
    public Map<String, String> actorNames(Collection<String> ids) {
        return actors.names(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The same, with the id itself for an actor the reader may not see (as a measure's page shows it). */
    public Map<String, String> actorNamesOrIds(Collection<String> ids) {
        Map<String, String> names = new HashMap<>(actorNames(ids));
        ids.stream().filter(Objects::nonNull).forEach(id -> names.putIfAbsent(id, id));
        return names;
    }

    /** The names of the groups, by id, in one query. */
    public Map<String, String> groupNames(Collection<String> ids) {
        return groups.names(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The names of the areas, by code, in one query. */
    public Map<String, String> areaNames(Collection<String> codes) {
        Map<String, String> idsByCode = new HashMap<>();
        for (String code : codes) {
            areas.findByCode(code).ifPresent(a -> idsByCode.put(a.id(), code));
        }
        Map<String, String> byCode = new HashMap<>();
        areas.names(idsByCode.keySet()).forEach((id, name) -> byCode.put(idsByCode.get(id), name));
        codes.forEach(c -> byCode.putIfAbsent(c, c));
        return byCode;
    }
}
