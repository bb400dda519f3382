package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.YearValue;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    private static final int LINE_WIDTH = 680;
    private static final int LINE_HEIGHT = 320;

    /** A line chart of one or more series over the years, with optional targets. */
    static String line(
            String id,
            String title,
            String description,
            List<Series> series,
            List<Target> targets,
            int decimals,
            Locale locale) {
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series s : series) {
            for (YearValue v : s.values()) {
                minYear = Math.min(minYear, v.year());
                maxYear = Math.max(maxYear, v.year());
                min = Math.min(min, v.value().doubleValue());
                max = Math.max(max, v.value().doubleValue());
            }
        }
        for (Target t : targets) {
            minYear = Math.min(minYear, t.year());
            maxYear = Math.max(maxYear, t.year());
            min = Math.min(min, t.value().doubleValue());
            max = Math.max(max, t.value().doubleValue());
        }
        if (minYear > maxYear) {
            return "";
        }
        double[] scale = scale(min, max);
        double lo = scale[0];
        double hi = scale[1];
        double step = scale[2];
        int left = 64;
        int right = 24;
        int top = 20 + 18 * ((series.size() + (targets.isEmpty() ? 0 : 1) + 2) / 3);
        int bottom = 34;
        double plotW = LINE_WIDTH - left - right;
        double plotH = LINE_HEIGHT - top - bottom;
        final int y0 = minYear;
        final boolean single = maxYear == minYear;
        final int years = Math.max(1, maxYear - minYear);
        java.util.function.IntToDoubleFunction x =
                year -> single ? left + plotW / 2 : left + plotW * (year - y0) / years;
        java.util.function.DoubleUnaryOperator y = v -> top + plotH * (hi - v) / (hi - lo);

        StringBuilder svg = open(id, title, description, LINE_WIDTH, LINE_HEIGHT, "chart-line");
        // grid and y axis labels
        for (double v = lo; v <= hi + step / 2; v += step) {
            double py = y.applyAsDouble(v);
            svg.append("<line class=\"grid\" x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(LINE_WIDTH - right)
                    .append("\" y1=\"")
                    .append(f(py))
                    .append("\" y2=\"")
                    .append(f(py))
                    .append("\"/>");
            svg.append("<text class=\"axis\" text-anchor=\"end\" x=\"")
                    .append(left - 8)
                    .append("\" y=\"")
                    .append(f(py + 4))
                    .append("\">")
                    .append(esc(IndicatorLabels.format(BigDecimal.valueOf(v), decimalsOf(step), locale)))
                    .append("</text>");
        }
        // x axis labels
        int every = years > 12 ? 2 : 1;
        for (int year = minYear; year <= maxYear; year++) {
            if ((year - minYear) % every != 0 && year != maxYear) {
                continue;
            }
            svg.append("<text class=\"axis\" text-anchor=\"middle\" x=\"")
                    .append(f(x.applyAsDouble(year)))
                    .append("\" y=\"")
                    .append(LINE_HEIGHT - bottom + 20)
                    .append("\">")
                    .append(year)
                    .append("</text>");
        }
        svg.append("<line class=\"axis-line\" x1=\"")
                .append(left)
                .append("\" x2=\"")
                .append(LINE_WIDTH - right)
                .append("\" y1=\"")
                .append(f(top + plotH))
                .append("\" y2=\"")
                .append(f(top + plotH))
                .append("\"/>");
        // series
        for (Series s : series) {
            if (s.values().isEmpty()) {
                continue;
            }
            svg.append("<g class=\"series ").append(esc(s.cssClass())).append("\">");
            svg.append("<polyline points=\"");
            for (YearValue v : s.values()) {
                svg.append(f(x.applyAsDouble(v.year())))
                        .append(',')
                        .append(f(y.applyAsDouble(v.value().doubleValue())))
                        .append(' ');
            }
            svg.append("\"/>");
            for (YearValue v : s.values()) {
                svg.append("<circle r=\"3.5\" cx=\"")
                        .append(f(x.applyAsDouble(v.year())))
                        .append("\" cy=\"")
                        .append(f(y.applyAsDouble(v.value().doubleValue())))
                        .append("\"><title>")
                        .append(esc(
                                s.name() + " " + v.year() + ": " + IndicatorLabels.format(v.value(), decimals, locale)))
                        .append("</title></circle>");
            }
            svg.append("</g>");
        }
        for (Target t : targets) {
            double cx = x.applyAsDouble(t.year());
            double cy = y.applyAsDouble(t.value().doubleValue());
            svg.append("<path class=\"target\" d=\"M")
                    .append(f(cx))
                    .append(' ')
                    .append(f(cy - 7))
                    .append(" l7 7 l-7 7 l-7 -7 Z\"><title>")
                    .append(esc(t.title()))
                    .append("</title></path>");
        }
        // legend
        int i = 0;
        List<String[]> legend = new ArrayList<>();
        for (Series s : series) {
            legend.add(new String[] {s.cssClass(), s.name()});
        }
        for (String[] item : legend) {
            int lx = left + (i % 3) * 200;
            int ly = 14 + (i / 3) * 18;
            svg.append("<g class=\"legend series ")
                    .append(esc(item[0]))
                    .append("\"><line x1=\"")
                    .append(lx)
                    .append("\" x2=\"")
                    .append(lx + 18)
                    .append("\" y1=\"")
                    .append(ly - 4)
                    .append("\" y2=\"")
                    .append(ly - 4)
                    .append("\"/><text x=\"")
                    .append(lx + 24)
                    .append("\" y=\"")
                    .append(ly)
                    .append("\">")
                    .append(esc(shorten(item[1], 28)))
                    .append("</text></g>");
            i++;
        }
        if (!targets.isEmpty()) {
            int lx = left + (i % 3) * 200;
            int ly = 14 + (i / 3) * 18;
            svg.append("<g class=\"legend\"><path class=\"target\" d=\"M")
                    .append(lx + 9)
                    .append(' ')
                    .append(ly - 10)
                    .append(" l6 6 l-6 6 l-6 -6 Z\"/><text x=\"")
                    .append(lx + 24)
                    .append("\" y=\"")
                    .append(ly)
                    .append("\">")
                    .append(esc(targets.get(0).title().split(":")[0]))
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
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
            double yTop = top + row * rowH;
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
            row++;
        }
        if (reference != null) {
            double rx = x.applyAsDouble(reference.doubleValue());
            svg.append("<line class=\"reference\" x1=\"")
                    .append(f(rx))
                    .append("\" x2=\"")
                    .append(f(rx))
                    .append("\" y1=\"")
                    .append(top - 6)
                    .append("\" y2=\"")
                    .append(height - 4)
                    .append("\"/>");
            String text = referenceLabel + " " + IndicatorLabels.format(reference, decimals, locale);
            boolean flip = rx > width - 200;
            svg.append("<text class=\"reference-label\" text-anchor=\"")
                    .append(flip ? "end" : "start")
                    .append("\" x=\"")
                    .append(f(flip ? rx - 4 : rx + 4))
                    .append("\" y=\"14\">")
                    .append(esc(text))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
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

    private static int decimalsOf(double step) {
        if (step >= 1) {
            return 0;
        }
        return (int) Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
    }

    private static StringBuilder open(String id, String title, String description, int w, int h, String cssClass) {
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

    private static String shorten(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String f(double v) {
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
