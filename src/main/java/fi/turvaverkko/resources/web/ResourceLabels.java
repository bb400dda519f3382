package fi.turvaverkko.resources.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.resources.ResourceTypeService;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.shared.PageParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Names and choices the resource pages show: templates call it as {@code ${@res.type(code)}},
 * {@code ${@res.availability(code)}}, {@code ${@res.etrs(resource)}} and so on.
 */
@Component("res")
public class ResourceLabels {

    private final ResourceTypeService types;
    private final Catalogues catalogues;
    private final Messages messages;
    private final Actors actors;
    private final Areas areas;
    private final PlatformProperties platform;
    private final Labels labels;

    ResourceLabels(
            ResourceTypeService types,
            Catalogues catalogues,
            Messages messages,
            Actors actors,
            Areas areas,
            PlatformProperties platform,
            Labels labels) {
        this.labels = labels;
        this.types = types;
        this.catalogues = catalogues;
        this.messages = messages;
        this.actors = actors;
        this.areas = areas;
        this.platform = platform;
    }

    public String type(String code) {
        return types.findByCode(code).map(ResourceTypeView::localName).orElse(code == null ? "" : code);
    }

    public ResourceTypeView typeOf(String code) {
        return types.findByCode(code).orElse(null);
    }

    public String function(String code) {
        return catalogues.label(ResourceTypeService.FUNCTIONS, code);
    }

    public String kind(String code) {
        return labels.code("resource.kind", code);
    }

    public String unit(String code) {
        return labels.code("resource.unit", code);
    }

    /** A quantity with its unit, in the plural form the number takes: “1 henkilö”, “3 henkilöä”. */
    public String amount(Number quantity, String unitCode) {
        if (quantity == null) {
            return "";
        }
        return unitCode == null ? quantity.toString() : messages.get("resource.amount." + unitCode, quantity);
    }

    public String availability(String code) {
        return labels.code("resource.availability", code);
    }

    public String agreement(String code) {
        return labels.code("resource.agreement", code);
    }

    public String confidentiality(String code) {
        return labels.code("resource.confidentiality", code);
    }

    public String actor(String id) {
        if (id == null) {
            return "";
        }
        return actors.find(Long.valueOf(id)).map(ActorView::localName).orElse(id);
    }

    public String areaId(String code) {
        return areas.findByCode(code).map(a -> a.id()).orElse("");
    }

    public String area(String code) {
        return areas.findByCode(code).map(a -> a.localName()).orElse(code == null ? "" : code);
    }

    /** The grid position as N 7 376 653 and E 443 475 (ETRS-TM35FIN). */
    public String etrs(ResourceView r) {
        if (r == null || r.easting() == null) {
            return "";
        }
        return "N " + grouped(r.northing()) + ", E " + grouped(r.easting()) + " (ETRS-TM35FIN)";
    }

    public String wgs(Double lat, Double lon) {
        if (lat == null || lon == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.5f° N, %.5f° E (WGS 84)", lat, lon);
    }

    private static String grouped(long v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', ' ');
    }

    public String tileUrl() {
        return platform.map().tileUrl();
    }

    public List<Option> typeOptions() {
        return Option.sorted(types.active().stream()
                .map(t -> new Option(t.code(), t.localName() + " (" + t.levelRoman() + ")"))
                .toList());
    }

    public List<Option> functionOptions() {
        return catalogues.options(ResourceTypeService.FUNCTIONS);
    }

    public List<Option> kindOptions() {
        return labels.options("resource.kind");
    }

    public List<Option> unitOptions() {
        return labels.options("resource.unit");
    }

    public List<Option> levelOptions() {
        return labels.options("resource.level");
    }

    public List<Option> availabilityOptions() {
        return labels.options("resource.availability");
    }

    public List<Option> agreementOptions() {
        return labels.options("resource.agreement");
    }

    public List<Option> confidentialityOptions() {
        return labels.options("resource.confidentiality");
    }

    /** Whom the user may add resources for: their own actors, and for a coordinator the region's. */
    public List<Option> ownerOptions() {
        CurrentUser u = CurrentUser.get();
        Map<String, String> options = new LinkedHashMap<>();
        actors.findAll(u.actorIds()).forEach(a -> options.put(a.id(), a.localName()));
        for (Long region : u.coordinatorRegionIds()) {
            areas.find(region)
                    .ifPresent(
                            r -> actors.list(new ActorFilter(null, null, null, r.code(), null), PageParams.first(1000))
                                    .content()
                                    .forEach(a -> options.putIfAbsent(a.id(), a.localName())));
        }
        return Option.sorted(options.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .toList());
    }

    /** Municipalities (and sub-regions) a resource can be placed in. */
    public List<Option> areaOptions() {
        List<Option> list = new ArrayList<>();
        for (var a : areas.ofType(fi.turvaverkko.network.AreaType.MUNICIPALITY)) {
            list.add(new Option(a.code(), a.localName()));
        }
        return Option.sorted(list);
    }
}
