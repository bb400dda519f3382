package fi.turvaverkko.network.web;

import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.network.domain.MembershipView;
import fi.turvaverkko.network.domain.NetworkCatalogues;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Names and choices the network's pages show: templates call it as {@code ${@net.sector(code)}},
 * {@code ${@net.area(id)}} and so on.
 */
@Component("net")
public class NetworkLabels {

    private final Catalogues catalogues;
    private final AreaService areas;
    private final Messages messages;

    NetworkLabels(Catalogues catalogues, AreaService areas, Messages messages) {
        this.catalogues = catalogues;
        this.areas = areas;
        this.messages = messages;
    }

    public String sector(String code) {
        return catalogues.label(NetworkCatalogues.SECTORS, code);
    }

    public String kind(String code) {
        return catalogues.label(NetworkCatalogues.GROUP_KINDS, code);
    }

    public String level(String code) {
        return code == null ? "" : messages.get("actor.level." + code);
    }

    public String role(String code) {
        return code == null ? "" : messages.get("membership.role." + code);
    }

    public String area(String id) {
        if (id == null) {
            return "";
        }
        return areas.find(Long.valueOf(id)).map(AreaView::localName).orElse(id);
    }

    public String areaByCode(String code) {
        return areas.findByCode(code).map(AreaView::localName).orElse(code == null ? "" : code);
    }

    public List<Option> sectors() {
        return catalogues.options(NetworkCatalogues.SECTORS);
    }

    public List<Option> kinds() {
        return catalogues.options(NetworkCatalogues.GROUP_KINDS);
    }

    public List<Option> levels() {
        return NetworkCatalogues.LEVELS.stream()
                .map(l -> new Option(l, level(l)))
                .toList();
    }

    public List<Option> roles() {
        return MembershipView.ROLES.stream().map(r -> new Option(r, role(r))).toList();
    }

    public List<Option> areaTypes() {
        List<Option> list = new ArrayList<>();
        for (AreaType t : AreaType.values()) {
            list.add(new Option(t.name(), messages.get("area.type." + t.name())));
        }
        return list;
    }

    /**
     * Every area as a choice, by code: regions and sub-regions first, then municipalities, each
     * labelled with its kind so that same-named areas are told apart.
     */
    public List<Option> areaOptions() {
        List<Option> list = new ArrayList<>();
        for (AreaType t : AreaType.values()) {
            for (AreaView a : areas.ofType(t)) {
                list.add(new Option(a.code(), a.localName() + " (" + messages.get("area.type." + t.name()) + ")"));
            }
        }
        return list;
    }
}
