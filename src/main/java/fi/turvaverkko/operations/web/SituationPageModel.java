package fi.turvaverkko.operations.web;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.OfferView;
import fi.turvaverkko.operations.RequestView;
import fi.turvaverkko.operations.SituationPicture;
import fi.turvaverkko.operations.domain.DisruptionStatus;
import fi.turvaverkko.operations.domain.RequestService;
import fi.turvaverkko.operations.domain.SitrepService;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.resources.ResourceService;
import fi.turvaverkko.resources.ResourceTypeService;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.shared.PageParams;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the situation picture page shows besides the picture itself: the caller's rights on it, the
 * names of the requested types, offered resources and offering actors, and the caller's resources
 * each open request may be offered. Each is read once for the page, in batches, never per row.
 */
@Component
class SituationPageModel {

    private final DisruptionService disruptions;
    private final RequestService requests;
    private final SitrepService sitreps;
    private final ResourceService resources;
    private final ResourceTypeService types;
    private final Actors actors;
    private final JsonMapper json;
    private final PlatformProperties platform;

    SituationPageModel(
            DisruptionService disruptions,
            RequestService requests,
            SitrepService sitreps,
            ResourceService resources,
            ResourceTypeService types,
            Actors actors,
            JsonMapper json,
            PlatformProperties platform) {
        this.disruptions = disruptions;
        this.requests = requests;
        this.sitreps = sitreps;
        this.resources = resources;
        this.types = types;
        this.actors = actors;
        this.json = json;
        this.platform = platform;
    }

    void fill(SituationPicture picture, Model model) {
        DisruptionView d = picture.disruption();
        model.addAttribute("d", d);
        model.addAttribute("picture", picture);
        model.addAttribute("canManage", disruptions.canManage(d));
        model.addAttribute("canLog", disruptions.canLog(d));
        model.addAttribute("nextStatuses", disruptions.nextStatuses(d));
        model.addAttribute("points", json.writeValueAsString(picture.points()));
        model.addAttribute("sitreps", sitreps.list(d.id()));
        List<RequestView> lines = picture.requests().stream()
                .map(SituationPicture.RequestLine::request)
                .toList();
        Map<String, ResourceTypeView> typesByCode = types.all().stream()
                .collect(Collectors.toMap(ResourceTypeView::code, Function.identity(), (a, b) -> a));
        Map<String, String> typeNames = new HashMap<>();
        for (RequestView r : lines) {
            ResourceTypeView type = typesByCode.get(r.typeCode());
            typeNames.put(r.id(), type == null ? r.typeCode() : type.localName());
        }
        Set<String> offered = new LinkedHashSet<>();
        Set<Long> offerers = new LinkedHashSet<>();
        for (SituationPicture.RequestLine l : picture.requests()) {
            for (OfferView o : l.offers()) {
                offered.add(o.resourceId());
                if (o.actorId() != null) {
                    offerers.add(Long.valueOf(o.actorId()));
                }
            }
        }
        Map<String, String> resourceNames = new HashMap<>();
        resources.findAll(offered).forEach((id, x) -> resourceNames.put(id, x.name()));
        Map<String, String> actorNames = new HashMap<>();
        actors.findAll(offerers).forEach(a -> actorNames.put(a.id(), a.localName()));
        offerers.forEach(id -> actorNames.putIfAbsent(String.valueOf(id), String.valueOf(id)));
        model.addAttribute("offerable", offerable(d, lines, typesByCode));
        model.addAttribute("canCommit", requests.canCommit(d, lines));
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("resourceNames", resourceNames);
        model.addAttribute("actorNames", actorNames);
        model.addAttribute("tileUrl", platform.map().tileUrl());
    }

    /**
     * The caller's available resources each open request may be offered: of the requested type
     * first, then others of the same function.
     */
    private Map<String, List<ResourceView>> offerable(
            DisruptionView d, List<RequestView> lines, Map<String, ResourceTypeView> typesByCode) {
        Map<String, List<ResourceView>> offerable = new HashMap<>();
        if (DisruptionStatus.isClosed(d.status())) {
            return offerable;
        }
        List<ResourceView> mine = resources
                .list(
                        new ResourceService.Filter(null, null, null, null, null, null, null, true, null),
                        PageParams.first(1000))
                .content();
        for (RequestView r : lines) {
            ResourceTypeView type = typesByCode.get(r.typeCode());
            if (!"OPEN".equals(r.status()) || type == null) {
                continue;
            }
            offerable.put(
                    r.id(),
                    mine.stream()
                            .filter(x -> x.available() > 0 && !"UNAVAILABLE".equals(x.availability()))
                            .filter(x -> {
                                ResourceTypeView t = typesByCode.get(x.typeCode());
                                return t != null
                                        && (t.code().equals(type.code())
                                                || t.function().equals(type.function()));
                            })
                            .sorted(Comparator.comparing(
                                    (ResourceView x) -> !x.typeCode().equals(type.code())))
                            .toList());
        }
        return offerable;
    }
}
