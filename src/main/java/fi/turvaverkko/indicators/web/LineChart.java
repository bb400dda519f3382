package fi.turvaverkko.indicators.web;

import static fi.turvaverkko.indicators.web.IndicatorCharts.decimalsOf;
import static fi.turvaverkko.indicators.web.IndicatorCharts.esc;
import static fi.turvaverkko.indicators.web.IndicatorCharts.f;
import static fi.turvaverkko.indicators.web.IndicatorCharts.shorten;

import fi.turvaverkko.indicators.domain.YearValue;
import fi.turvaverkko.indicators.web.IndicatorCharts.Series;
import fi.turvaverkko.indicators.web.IndicatorCharts.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of one or more series over the years, with targets drawn as diamonds: the plot's
 * geometry is worked out once from the years and values, then the grid, the axes, the lines, the
 * targets and the legend are drawn on it.
 */
final class LineChart {

    private static final int WIDTH = 680;
    private static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int BOTTOM = 34;

    private final List<Series> series;
    private final List<Target> targets;
    private final int decimals;
    private final Locale locale;
    private StringBuilder svg;
    private int minYear = Integer.MAX_VALUE;
    private int maxYear = Integer.MIN_VALUE;
    private double lo;
    private double hi;
    private double step;
    private int top;
    private double plotW;
    private double plotH;

    private LineChart(List<Series> series, List<Target> targets, int decimals, Locale locale) {
        this.series = series;
        this.targets = targets;
        this.decimals = decimals;
        this.locale = locale;
    }

    static String render(
            String id,
            String title,
            String description,
            List<Series> series,
            List<Target> targets,
            int decimals,
            Locale locale) {
        LineChart c = new LineChart(series, targets, decimals, locale);
        if (!c.measure()) {
            return "";
        }
        c.svg = IndicatorCharts.open(id, title, description, WIDTH, HEIGHT, "chart-line");
        c.grid();
        c.xAxis();
        c.lines();
        c.targets();
        c.legend();
        return c.svg.append("</svg>").toString();
    }

    /** Works out the years, the value scale and the plot area; false when there is nothing to draw. */
    private boolean measure() {
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
            return false;
        }
        double[] scale = IndicatorCharts.scale(min, max);
        lo = scale[0];
        hi = scale[1];
        step = scale[2];
        top = 20 + 18 * ((series.size() + (targets.isEmpty() ? 0 : 1) + 2) / 3);
        plotW = WIDTH - LEFT - RIGHT;
        plotH = HEIGHT - top - BOTTOM;
        return true;
    }

    private double x(int year) {
        int years = Math.max(1, maxYear - minYear);
        return maxYear == minYear ? LEFT + plotW / 2 : LEFT + plotW * (year - minYear) / years;
    }

    private double y(double v) {
        return top + plotH * (hi - v) / (hi - lo);
    }

    /** The grid and the labels of the y axis. */
    private void grid() {
        for (double v = lo; v <= hi + step / 2; v += step) {
            double py = y(v);
            svg.append("<line class=\"grid\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(f(py))
                    .append("\" y2=\"")
                    .append(f(py))
                    .append("\"/>");
            svg.append("<text class=\"axis\" text-anchor=\"end\" x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(f(py + 4))
                    .append("\">")
                    .append(esc(IndicatorLabels.format(BigDecimal.valueOf(v), decimalsOf(step), locale)))
                    .append("</text>");
        }
    }

    /** The years under the plot (every other one when there are many) and the axis line. */
    private void xAxis() {
        int years = Math.max(1, maxYear - minYear);
        int every = years > 12 ? 2 : 1;
        for (int year = minYear; year <= maxYear; year++) {
            if ((year - minYear) % every != 0 && year != maxYear) {
                continue;
            }
            svg.append("<text class=\"axis\" text-anchor=\"middle\" x=\"")
                    .append(f(x(year)))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 20)
                    .append("\">")
                    .append(year)
                    .append("</text>");
        }
        svg.append("<line class=\"axis-line\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y1=\"")
                .append(f(top + plotH))
                .append("\" y2=\"")
                .append(f(top + plotH))
                .append("\"/>");
    }

    /** Each series as a line with a point (and its value as a title) for every year. */
    private void lines() {
        for (Series s : series) {
            if (s.values().isEmpty()) {
                continue;
            }
            svg.append("<g class=\"series ").append(esc(s.cssClass())).append("\">");
            svg.append("<polyline points=\"");
            for (YearValue v : s.values()) {
                svg.append(f(x(v.year())))
                        .append(',')
                        .append(f(y(v.value().doubleValue())))
                        .append(' ');
            }
            svg.append("\"/>");
            for (YearValue v : s.values()) {
                svg.append("<circle r=\"3.5\" cx=\"")
                        .append(f(x(v.year())))
                        .append("\" cy=\"")
                        .append(f(y(v.value().doubleValue())))
                        .append("\"><title>")
                        .append(esc(
                                s.name() + " " + v.year() + ": " + IndicatorLabels.format(v.value(), decimals, locale)))
                        .append("</title></circle>");
            }
            svg.append("</g>");
        }
    }

    private void targets() {
        for (Target t : targets) {
            double cx = x(t.year());
            double cy = y(t.value().doubleValue());
            svg.append("<path class=\"target\" d=\"M")
                    .append(f(cx))
                    .append(' ')
                    .append(f(cy - 7))
                    .append(" l7 7 l-7 7 l-7 -7 Z\"><title>")
                    .append(esc(t.title()))
                    .append("</title></path>");
        }
    }

    /** The legend above the plot, three entries to a row; the targets last. */
    private void legend() {
        int i = 0;
        for (Series s : series) {
            int lx = LEFT + (i % 3) * 200;
            int ly = 14 + (i / 3) * 18;
            svg.append("<g class=\"legend series ")
                    .append(esc(s.cssClass()))
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
                    .append(esc(shorten(s.name(), 28)))
                    .append("</text></g>");
            i++;
        }
        if (!targets.isEmpty()) {
            int lx = LEFT + (i % 3) * 200;
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
    }
}
