package fi.turvaverkko.planning.web;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.PlanningCatalogues;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.Emphasis;
import fi.turvaverkko.planning.domain.MeasureStatus;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Names and choices the planning pages show: templates call it as {@code ${@plan.theme(code)}},
 * {@code ${@plan.euros(amount)}}, {@code ${@plan.marking(programme)}} and so on.
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

    public String theme(String code) {
        return catalogues.label(PlanningCatalogues.THEMES, code);
    }

    public String targetGroup(String code) {
        return catalogues.label(PlanningCatalogues.TARGET_GROUPS, code);
    }

    public String funding(String code) {
        return code == null ? "" : catalogues.label(PlanningCatalogues.FUNDING_SOURCES, code);
    }

    public String emphasis(String code) {
        return labels.code("emphasis", code);
    }

    public boolean preventive(String code) {
        return Emphasis.isPreventive(code);
    }

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

    public List<Option> themes() {
        return catalogues.options(PlanningCatalogues.THEMES);
    }

    public List<Option> targetGroups() {
        return catalogues.options(PlanningCatalogues.TARGET_GROUPS);
    }

    public List<Option> fundingSources() {
        return catalogues.options(PlanningCatalogues.FUNDING_SOURCES);
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
