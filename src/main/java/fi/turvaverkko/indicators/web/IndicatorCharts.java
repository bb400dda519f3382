package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.domain.YearValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts of indicators: a line chart over the years, horizontal bars of areas
 * side by side, and sparklines. Each chart carries a title and a description for screen readers;
 * the pages put a table beside it as its text alternative. Styles are in {@code indicators.css}.
 */
final class IndicatorCharts {

    private IndicatorCharts() {}

    /** One line of a line chart. */
    record Series(String name, String cssClass, List<YearValue> values) {}

    /** A target value drawn as a diamond. */
    record Target(int year, BigDecimal value, String title) {}

    /** One bar of a bar chart. */
    record Bar(String label, BigDecimal value, String cssClass) {}

    /** A line chart of one or more series over the years, with optional targets. */
    static String line(
            String id,
            String title,
            String description,
            List<Series> series,
            List<Target> targets,
            int decimals,
            Locale locale) {
        return LineChart.render(id, title, description, series, targets, decimals, locale);
    }

    /** Horizontal bars, one per area, in the given order; an optional reference line (the region). */
    static String bars(
            String id,
            String title,
            String description,
            List<Bar> bars,
            BigDecimal reference,
            String referenceLabel,
            int decimals,
            Locale locale) {
        if (bars.isEmpty()) {
            return "";
        }
        int width = 680;
        int labelW = 150;
        int valueW = 70;
        int rowH = 22;
        int top = reference == null ? 8 : 26;
        int height = top + rowH * bars.size() + 8;
        double max = 0;
        double min = 0;
        for (Bar b : bars) {
            max = Math.max(max, b.value().doubleValue());
            min = Math.min(min, b.value().doubleValue());
        }
        if (reference != null) {
            max = Math.max(max, reference.doubleValue());
        }
        if (max == min) {
            max = min + 1;
        }
        double plotW = width - labelW - valueW - 10;
        final double fMin = min;
        final double span = max - min;
        java.util.function.DoubleUnaryOperator x = v -> labelW + plotW * (v - fMin) / span;

        StringBuilder svg = open(id, title, description, width, height, "chart-bars");
        int row = 0;
        for (Bar b : bars) {
            bar(svg, b, top + row * rowH, x, rowH, labelW, decimals, locale);
            row++;
        }
        if (reference != null) {
            reference(
                    svg,
                    x.applyAsDouble(reference.doubleValue()),
                    top,
                    height,
                    width,
                    referenceLabel + " " + IndicatorLabels.format(reference, decimals, locale));
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(
            StringBuilder svg,
            Bar b,
            double yTop,
            java.util.function.DoubleUnaryOperator x,
            int rowH,
            int labelW,
            int decimals,
            Locale locale) {
        double x0 = x.applyAsDouble(0);
        double x1 = x.applyAsDouble(b.value().doubleValue());
        svg.append("<g class=\"bar ").append(esc(b.cssClass())).append("\">");
        svg.append("<text class=\"label\" text-anchor=\"end\" x=\"")
                .append(labelW - 8)
                .append("\" y=\"")
                .append(f(yTop + 15))
                .append("\">")
                .append(esc(shorten(b.label(), 20)))
                .append("</text>");
        svg.append("<rect x=\"")
                .append(f(Math.min(x0, x1)))
                .append("\" y=\"")
                .append(f(yTop + 3))
                .append("\" width=\"")
                .append(f(Math.max(1, Math.abs(x1 - x0))))
                .append("\" height=\"")
                .append(rowH - 6)
                .append("\"><title>")
                .append(esc(b.label() + ": " + IndicatorLabels.format(b.value(), decimals, locale)))
                .append("</title></rect>");
        svg.append("<text class=\"value\" x=\"")
                .append(f(Math.max(x0, x1) + 6))
                .append("\" y=\"")
                .append(f(yTop + 15))
                .append("\">")
                .append(esc(IndicatorLabels.format(b.value(), decimals, locale)))
                .append("</text></g>");
    }

    private static void reference(StringBuilder svg, double rx, int top, int height, int width, String text) {
        svg.append("<line class=\"reference\" x1=\"")
                .append(f(rx))
                .append("\" x2=\"")
                .append(f(rx))
                .append("\" y1=\"")
                .append(top - 6)
                .append("\" y2=\"")
                .append(height - 4)
                .append("\"/>");
        boolean flip = rx > width - 200;
        svg.append("<text class=\"reference-label\" text-anchor=\"")
                .append(flip ? "end" : "start")
                .append("\" x=\"")
                .append(f(flip ? rx - 4 : rx + 4))
                .append("\" y=\"14\">")
                .append(esc(text))
                .append("</text>");
    }

    /** A small line without axes, decorative: the card beside it gives the numbers in words. */
    static String sparkline(List<YearValue> values, String cssClass) {
        if (values.size() < 2) {
            return "";
        }
        int w = 120;
        int h = 36;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (YearValue v : values) {
            min = Math.min(min, v.value().doubleValue());
            max = Math.max(max, v.value().doubleValue());
        }
        if (max == min) {
            max = min + 1;
            min = min - 1;
        }
        int first = values.get(0).year();
        int span = Math.max(1, values.get(values.size() - 1).year() - first);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline ")
                .append(esc(cssClass))
                .append("\" viewBox=\"0 0 ")
                .append(w)
                .append(' ')
                .append(h)
                .append("\" aria-hidden=\"true\" focusable=\"false\"><polyline points=\"");
        YearValue last = null;
        for (YearValue v : values) {
            svg.append(f(3 + (w - 6.0) * (v.year() - first) / span))
                    .append(',')
                    .append(f(3 + (h - 6.0) * (max - v.value().doubleValue()) / (max - min)))
                    .append(' ');
            last = v;
        }
        svg.append("\"/><circle r=\"3\" cx=\"")
                .append(f(3 + (w - 6.0) * (last.year() - first) / span))
                .append("\" cy=\"")
                .append(f(3 + (h - 6.0) * (max - last.value().doubleValue()) / (max - min)))
                .append("\"/></svg>");
        return svg.toString();
    }

    /** A round lower bound, upper bound and step for an axis that shows {@code min..max}. */
    static double[] scale(double min, double max) {
        if (max == min) {
            double pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
            min -= pad;
            max += pad;
        }
        double span = max - min;
        double lo = min - span * 0.08;
        double hi = max + span * 0.08;
        if (min >= 0 && lo < 0) {
            lo = 0;
        }
        double step = nice((hi - lo) / 5, true);
        lo = Math.floor(lo / step) * step;
        hi = Math.ceil(hi / step) * step;
        return new double[] {lo, hi, step};
    }

    private static double nice(double x, boolean round) {
        double exp = Math.floor(Math.log10(x));
        double f = x / Math.pow(10, exp);
        double nf;
        if (round) {
            nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        } else {
            nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        }
        return nf * Math.pow(10, exp);
    }

    static int decimalsOf(double step) {
        if (step >= 1) {
            return 0;
        }
        return (int) Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
    }

    static StringBuilder open(String id, String title, String description, int w, int h, String cssClass) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ")
                .append(cssClass)
                .append("\" role=\"img\" viewBox=\"0 0 ")
                .append(w)
                .append(' ')
                .append(h)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(esc(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(esc(description))
                .append("</desc>");
    }

    static String shorten(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
