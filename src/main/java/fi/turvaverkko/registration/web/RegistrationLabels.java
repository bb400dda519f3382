package fi.turvaverkko.registration.web;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.registration.domain.ResourceOfferService;
import fi.turvaverkko.registration.domain.SignupRules;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Names and choices the registration pages show; templates call it as
 * {@code ${@registrationLabels.sector(code)}} and so on.
 */
@Component("registrationLabels")
public class RegistrationLabels {

    private final Catalogues catalogues;
    private final Actors actors;
    private final Areas areas;
    private final Messages messages;

    RegistrationLabels(Catalogues catalogues, Actors actors, Areas areas, Messages messages) {
        this.catalogues = catalogues;
        this.actors = actors;
        this.areas = areas;
        this.messages = messages;
    }

    public String sector(String code) {
        return actors.sectorLabel(code);
    }

    /** The sectors that may register themselves. */
    public List<Option> sectors() {
        return SignupRules.SECTORS.stream().map(s -> new Option(s, sector(s))).toList();
    }

    public String area(String code) {
        return code == null
                ? ""
                : areas.findByCode(code).map(AreaView::localName).orElse(code);
    }

    public String areaById(String id) {
        if (id == null || !id.matches("\\d+")) {
            return "";
        }
        return areas.find(Long.valueOf(id)).map(AreaView::localName).orElse(id);
    }

    /** Municipalities first (where most organisations work), then sub-regions and regions. */
    public List<Option> homeAreas() {
        List<Option> list = new ArrayList<>();
        for (AreaType t : List.of(AreaType.MUNICIPALITY, AreaType.SUBREGION, AreaType.REGION)) {
            for (AreaView a : areas.ofType(t)) {
                list.add(new Option(a.code(), a.localName() + " (" + messages.get("area.type." + t.name()) + ")"));
            }
        }
        return list;
    }

    /** Where a resource may be: municipalities, then sub-regions. */
    public List<Option> resourceAreas() {
        List<Option> list = new ArrayList<>();
        for (AreaType t : List.of(AreaType.MUNICIPALITY, AreaType.SUBREGION)) {
            for (AreaView a : areas.ofType(t)) {
                list.add(new Option(a.code(), a.localName() + " (" + messages.get("area.type." + t.name()) + ")"));
            }
        }
        return list;
    }

    public String resourceType(String code) {
        return catalogues.label(ResourceOfferService.TYPES, code);
    }

    public List<Option> resourceTypes() {
        return catalogues.options(ResourceOfferService.TYPES);
    }

    public List<Option> themes() {
        return catalogues.options("themes");
    }

    public List<Option> targetGroups() {
        return catalogues.options("target-groups");
    }

    public String theme(String code) {
        return catalogues.label("themes", code);
    }

    public String targetGroup(String code) {
        return catalogues.label("target-groups", code);
    }
}
