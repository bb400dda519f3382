package fi.turvaverkko.planning.web;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.Emphasis;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.PlanningCatalogues;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Names and labels the planning pages show (those of the action list too): templates call it as
 * {@code ${@plan.kind(code)}}, {@code ${@plan.euros(amount)}}, {@code ${@plan.marking(programme)}}.
 * A list gets its rows' names in one batch ({@link #actorNames}) rather than one call per row.
 */
@Component("plan")
public class PlanningLabels {

    private final Catalogues catalogues;
    private final Messages messages;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;
    private final Labels labels;

    PlanningLabels(Catalogues catalogues, Messages messages, Actors actors, Groups groups, Areas areas, Labels labels) {
        this.labels = labels;
        this.catalogues = catalogues;
        this.messages = messages;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
    }

    public String kind(String code) {
        return catalogues.label(PlanningCatalogues.PLAN_KINDS, code);
    }

    public String emphasis(String code) {
        return labels.code("emphasis", code);
    }

    public boolean preventive(String code) {
        return Emphasis.isPreventive(code);
    }

    /** A measure's status. */
    public String status(String code) {
        return labels.code("measure.status", code);
    }

    public String programmeStatus(String code) {
        return labels.code("programme.status", code);
    }

    public String actor(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        return actors.find(Long.valueOf(id)).map(ActorView::localName).orElse(id);
    }

    /** The names of the actors, by id, asked in one batch. */
    public Map<String, String> actorNames(Collection<String> ids) {
        return actors.names(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    public String group(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        return groups.find(Long.valueOf(id)).map(GroupView::localName).orElse(id);
    }

    /** The owner of a programme: its actor, or its group. */
    public String owner(ProgrammeView p) {
        return p.ownerGroupId() != null ? group(p.ownerGroupId()) : actor(p.ownerActorId());
    }

    public String area(String code) {
        return code == null
                ? ""
                : areas.findByCode(code).map(AreaView::localName).orElse(code);
    }

    public String areaById(String id) {
        return id == null
                ? ""
                : areas.find(Long.valueOf(id)).map(AreaView::localName).orElse(id);
    }

    /** Whole euros as Finnish writes them, in every language of the page: {@code 12 345 €}. */
    public String euros(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("fi"));
        f.setMaximumFractionDigits(0);
        return f.format(amount == null ? BigDecimal.ZERO : amount.setScale(0, RoundingMode.HALF_UP)) + " €";
    }

    /** An amount as a form shows it: decimal comma, no thousand separators. */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * The secrecy marking a restricted plan carries on every page and print: the legal basis and the
     * end of the secrecy period; null for a public plan.
     */
    public String marking(ProgrammeView p) {
        if (p == null || !p.isRestricted()) {
            return null;
        }
        return messages.get("programme.marking", p.legalBasis(), p.secrecyEndsOn() == null ? "–" : p.secrecyEndsOn());
    }

    public List<Option> kinds() {
        return catalogues.options(PlanningCatalogues.PLAN_KINDS);
    }

    public List<Option> programmeStatuses() {
        return labels.options("programme.status");
    }

    public List<Option> confidentialities() {
        return labels.options("programme.confidentiality");
    }

    public List<Option> linkKinds() {
        return labels.options("goalLink.kind");
    }
}
