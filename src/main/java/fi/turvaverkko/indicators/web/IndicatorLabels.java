package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorCatalogues;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names, choices and number formats the indicator pages show: templates call it as
 * {@code ${@ind.unit(code)}}, {@code ${@ind.format(value, indicator)}} and so on.
 */
@Component("ind")
public class IndicatorLabels {

    private final Catalogues catalogues;
    private final Messages messages;

    IndicatorLabels(Catalogues catalogues, Messages messages) {
        this.catalogues = catalogues;
        this.messages = messages;
    }

    public String unit(String code) {
        return catalogues.label(IndicatorCatalogues.UNITS, code);
    }

    public String source(String code) {
        return catalogues.label(IndicatorCatalogues.SOURCES, code);
    }

    public String polarity(String code) {
        return code == null ? "" : messages.get("indicator.polarity." + code);
    }

    public String kind(String code) {
        return code == null ? "" : messages.get("indicator.kind." + code);
    }

    public String direction(String code) {
        return code == null ? "" : messages.get("indicator.direction." + code);
    }

    public List<Option> units() {
        return catalogues.options(IndicatorCatalogues.UNITS);
    }

    public List<Option> sources() {
        return catalogues.options(IndicatorCatalogues.SOURCES);
    }

    public List<Option> polarities() {
        return IndicatorCatalogues.POLARITIES.stream()
                .map(p -> new Option(p, polarity(p)))
                .toList();
    }

    public List<Option> kinds() {
        return IndicatorCatalogues.KINDS.stream()
                .map(k -> new Option(k, kind(k)))
                .toList();
    }

    /** A value with the indicator's decimals, as people of the current language write numbers. */
    public String format(BigDecimal value, IndicatorView indicator) {
        return format(value, indicator == null || indicator.decimals() == null ? 1 : indicator.decimals());
    }

    public String format(BigDecimal value, int decimals) {
        return format(value, decimals, LocaleContextHolder.getLocale());
    }

    /** The same with an explicit sign, for changes such as plus 0,4 or minus 1,2. */
    public String change(BigDecimal latest, BigDecimal previous, IndicatorView indicator) {
        if (latest == null || previous == null) {
            return "";
        }
        BigDecimal d = latest.subtract(previous);
        String s = format(d.abs(), indicator);
        return d.signum() > 0 ? "+" + s : d.signum() < 0 ? "\u2212" + s : s;
    }

    static String format(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale == null ? Messages.FINNISH : locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        // Finnish and Swedish group with a (narrow) no-break space; keep one kind for every language
        return f.format(value).replace('\u202f', '\u00a0');
    }
}
