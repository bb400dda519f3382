package fi.turvaverkko.operations.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.shared.PageParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Names and choices of the operations pages: {@code ${@ops.status(code)}}, {@code ${@ops.kindOptions()}}… */
@Component("ops")
public class OperationsLabels {

    private final Messages messages;
    private final Actors actors;
    private final Areas areas;
    private final fi.turvaverkko.risks.RiskScenarioService scenarios;
    private final Labels labels;

    OperationsLabels(
            Messages messages,
            Actors actors,
            Areas areas,
            fi.turvaverkko.risks.RiskScenarioService scenarios,
            Labels labels) {
        this.labels = labels;
        this.scenarios = scenarios;
        this.messages = messages;
        this.actors = actors;
        this.areas = areas;
    }

    public String kind(String code) {
        return labels.code("disruption.kind", code);
    }

    public String status(String code) {
        return labels.code("disruption.status", code);
    }

    public String severity(String code) {
        return labels.code("disruption.severity", code);
    }

    public String logKind(String code) {
        return labels.code("log.kind", code);
    }

    public String requestStatus(String code) {
        return labels.code("request.status", code);
    }

    public String offerStatus(String code) {
        return labels.code("offer.status", code);
    }

    public String commitmentStatus(String code) {
        return labels.code("commitment.status", code);
    }

    public String confidence(String code) {
        return labels.code("sitrep.confidence", code);
    }

    public String exerciseKind(String code) {
        return labels.code("exercise.kind", code);
    }

    /** The risk scenarios of the user's region that the user may read, as choices. */
    public List<Option> scenarioOptions() {
        Long region = CurrentUser.get().primaryRegionId();
        String code =
                region == null ? null : areas.find(region).map(AreaView::code).orElse(null);
        if (code == null) {
            return List.of();
        }
        return Option.sorted(
                scenarios
                        .list(fi.turvaverkko.risks.RiskScenarioService.Filter.ofRegion(code), PageParams.first(500))
                        .content()
                        .stream()
                        .map(s -> new Option(s.id(), s.title()))
                        .toList());
    }

    /** The title of a risk scenario the user may read, else its id. */
    public String scenario(String id) {
        if (id == null) {
            return "";
        }
        return scenarios.find(id).map(s -> s.title()).orElse(id);
    }

    public String actor(String id) {
        return id == null
                ? ""
                : actors.find(Long.valueOf(id)).map(ActorView::localName).orElse(id);
    }

    /**
     * The names of the actors by id, read in one batch for a whole list (an actor the caller may not
     * read keeps its id, as {@link #actor} does).
     */
    public Map<String, String> actorNames(java.util.Collection<String> ids) {
        java.util.Set<Long> wanted = new java.util.LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (id != null) {
                wanted.add(Long.valueOf(id));
            }
        }
        Map<String, String> names = new java.util.HashMap<>();
        actors.findAll(wanted).forEach(a -> names.put(a.id(), a.localName()));
        wanted.forEach(id -> names.putIfAbsent(String.valueOf(id), String.valueOf(id)));
        return names;
    }

    public String areaNames(List<String> codes) {
        List<String> names = new ArrayList<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            names.add(areas.findByCode(c).map(AreaView::localName).orElse(c));
        }
        return String.join(", ", names);
    }

    public String areaIds(List<String> codes) {
        List<String> ids = new ArrayList<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            areas.findByCode(c).ifPresent(a -> ids.add(a.id()));
        }
        return String.join(",", ids);
    }

    public List<Option> kindOptions() {
        return labels.options("disruption.kind");
    }

    public List<Option> statusOptions() {
        return labels.options("disruption.status");
    }

    public List<Option> severityOptions() {
        return labels.options("disruption.severity");
    }

    public List<Option> logKindOptions() {
        return labels.options("log.kind");
    }

    public List<Option> confidenceOptions() {
        return labels.options("sitrep.confidence");
    }

    public List<Option> exerciseKindOptions() {
        return labels.options("exercise.kind");
    }

    public List<Option> municipalityOptions() {
        return Option.sorted(areas.ofType(AreaType.MUNICIPALITY).stream()
                .map(a -> new Option(a.code(), a.localName()))
                .toList());
    }

    public List<Option> regionOptions() {
        return Option.sorted(areas.ofType(AreaType.REGION).stream()
                .map(a -> new Option(a.code(), a.localName()))
                .toList());
    }

    /** Authorities the user may name in charge: their own, and for a coordinator every authority of the region. */
    public List<Option> leadOptions() {
        CurrentUser u = CurrentUser.get();
        Map<String, String> options = new LinkedHashMap<>();
        actors.findAll(u.authorityActorIds()).forEach(a -> options.put(a.id(), a.localName()));
        for (Long region : u.coordinatorRegionIds()) {
            areas.find(region)
                    .ifPresent(
                            r -> actors.list(new ActorFilter(null, null, null, r.code(), true), PageParams.first(1000))
                                    .content()
                                    .forEach(a -> options.putIfAbsent(a.id(), a.localName())));
        }
        return Option.sorted(options.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .toList());
    }

    /** Every actor of the user's region, for exercise participants. */
    public List<Option> actorOptions() {
        CurrentUser u = CurrentUser.get();
        Long region = u.primaryRegionId();
        Map<String, String> options = new LinkedHashMap<>();
        if (region != null) {
            areas.find(region)
                    .ifPresent(
                            r -> actors.list(new ActorFilter(null, null, null, r.code(), null), PageParams.first(1000))
                                    .content()
                                    .forEach(a -> options.put(a.id(), a.localName())));
        }
        return Option.sorted(options.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .toList());
    }
}
