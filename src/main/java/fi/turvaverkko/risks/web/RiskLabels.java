package fi.turvaverkko.risks.web;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.risks.RiskCatalogues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names, choices and number formats the risk pages show: templates call it as
 * {@code ${@risk.category(code)}}, {@code ${@risk.score(value)}} and so on.
 */
@Component("risk")
public class RiskLabels {

    /** The resources module's catalogue of resource types, when it keeps one. */
    static final String RESOURCE_TYPES = "resource-types";

    private final Catalogues catalogues;
    private final Messages messages;
    private final Actors actors;

    RiskLabels(Catalogues catalogues, Messages messages, Actors actors) {
        this.catalogues = catalogues;
        this.messages = messages;
        this.actors = actors;
    }

    public String category(String code) {
        return catalogues.label(RiskCatalogues.CATEGORIES, code);
    }

    public List<Option> categories() {
        return catalogues.options(RiskCatalogues.CATEGORIES);
    }

    /** A theme's name from the planning module's catalogue, or its code while there is none. */
    public String theme(String code) {
        return catalogues.label(RiskCatalogues.THEMES, code);
    }

    /** The themes to choose from; empty while the planning module has not declared its catalogue. */
    public List<Option> themes() {
        return catalogues.options(RiskCatalogues.THEMES);
    }

    public String resourceType(String code) {
        return catalogues.label(RESOURCE_TYPES, code);
    }

    public String reliability(String code) {
        return code == null ? "" : messages.get("risk.reliability." + code);
    }

    public List<Option> reliabilities() {
        return RiskCatalogues.RELIABILITIES.stream()
                .map(r -> new Option(r, reliability(r)))
                .toList();
    }

    public String band(String code) {
        return code == null ? "" : messages.get("risk.band." + code);
    }

    public String actor(String id) {
        if (id == null) {
            return "";
        }
        try {
            return actors.find(Long.valueOf(id)).map(ActorView::localName).orElse(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    /** A score or a mean with two decimals at most, as the current language writes numbers. */
    public String score(BigDecimal v) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    public String bound(BigDecimal v) {
        if (v == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMaximumFractionDigits(6);
        return f.format(v).replace('\u202f', '\u00a0');
    }
}
