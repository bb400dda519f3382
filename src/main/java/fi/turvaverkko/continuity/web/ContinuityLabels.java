package fi.turvaverkko.continuity.web;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.platform.Labels;
import fi.turvaverkko.platform.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, names and chart geometry for the continuity pages; templates call it as
 * {@code ${@continuity.score(x)}}.
 */
@Component("continuity")
public class ContinuityLabels {

    /** Width of the chart's bar area and height of a row (label and bar), in SVG units. */
    static final int BARS = 330;

    static final int ROW = 46;

    private final Actors actors;
    private final Messages messages;
    private final Labels labels;

    ContinuityLabels(Actors actors, Messages messages, Labels labels) {
        this.labels = labels;
        this.actors = actors;
        this.messages = messages;
    }

    /** A score on the scale 0–4 with one decimal, in the reader's notation (2,4 or 2.4). */
    public String score(BigDecimal score) {
        if (score == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(score);
    }

    public String sector(String code) {
        return code == null ? messages.get("continuity.aggregate.allSectors") : actors.sectorLabel(code);
    }

    public String level(int level) {
        return labels.code("continuity.level", String.valueOf(level));
    }

    /** A bar of a horizontal chart: its label (drawn above it) and value, and where it is drawn. */
    public record Bar(String label, String text, int y, int width, int labelY, int valueX, int valueY) {}

    /** A scale tick: the level and its x. */
    public record Tick(int level, int x) {}

    /**
     * A chart laid out for the scale 0–4. Each bar has its label above it, so the chart stays narrow
     * and its text readable on a phone.
     */
    public record Chart(String viewBox, int barX, int gridBottom, int tickY, List<Tick> ticks, List<Bar> bars) {}

    public Chart chart(List<String> labels, List<BigDecimal> values) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            int width = v == null
                    ? 0
                    : v.multiply(BigDecimal.valueOf(BARS))
                            .divide(BigDecimal.valueOf(4))
                            .intValue();
            int top = ROW * i;
            bars.add(new Bar(labels.get(i), score(v), top + 20, width, top + 15, width + 6, top + 35));
        }
        int height = ROW * labels.size() + 24;
        List<Tick> ticks = new ArrayList<>();
        for (int level = 0; level <= 4; level++) {
            ticks.add(new Tick(level, level * BARS / 4));
        }
        return new Chart("-4 0 " + (BARS + 48) + " " + height, 0, height - 16, height - 2, ticks, bars);
    }
}
