package fi.turvaverkko.risks.domain;

import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a region's scale must keep: a likelihood dimension and 1–12 impact dimensions with
 * unique codes; each dimension's levels numbered 1..n (2 ≤ n ≤ 10) with a label; every impact
 * dimension with the same n; and where a dimension is measured, bands that follow each other
 * without a gap or an overlap (level k ends where level k + 1 begins; only the lowest level may be
 * open below and only the highest open above). Every problem names the field it is in, such as
 * {@code impacts[0].levels[2].lower}.
 */
final class ScaleRules {

    static final int MAX_LEVELS = 10;
    static final int MAX_IMPACTS = 12;

    private ScaleRules() {}

    static List<Problem> check(RiskScaleView s) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "name", s.name(), true, 200);
        text(problems, "nameSv", s.nameSv(), false, 200);
        text(problems, "nameEn", s.nameEn(), false, 200);
        text(problems, "description", s.description(), false, 4000);
        if (s.likelihood() == null) {
            problems.add(Problem.field("likelihood", "validation.required"));
        } else {
            dimension(problems, "likelihood", s.likelihood(), false);
        }
        if (s.impacts() == null || s.impacts().isEmpty()) {
            problems.add(Problem.field("impacts", "error.riskScale.noImpacts"));
        } else if (s.impacts().size() > MAX_IMPACTS) {
            problems.add(Problem.field("impacts", "error.riskScale.tooManyImpacts", MAX_IMPACTS));
        } else {
            Set<String> codes = new HashSet<>();
            Integer levels = null;
            for (int i = 0; i < s.impacts().size(); i++) {
                RiskDimensionView d = s.impacts().get(i);
                String field = "impacts[" + i + "]";
                if (d == null) {
                    problems.add(Problem.field(field, "validation.required"));
                    continue;
                }
                dimension(problems, field, d, true);
                if (d.code() != null && !codes.add(d.code())) {
                    problems.add(Problem.field(field + ".code", "error.riskScale.duplicateCode", d.code()));
                }
                int n = d.levels() == null ? 0 : d.levels().size();
                if (levels == null) {
                    levels = n;
                } else if (levels != n) {
                    problems.add(Problem.field(field + ".levels", "error.riskScale.impactLevels", levels));
                }
            }
        }
        return problems;
    }

    private static void dimension(List<Problem> problems, String field, RiskDimensionView d, boolean needsCode) {
        if (needsCode) {
            if (d.code() == null || d.code().isBlank()) {
                problems.add(Problem.field(field + ".code", "validation.required"));
            } else if (!d.code().matches("[A-Z][A-Z0-9_]{0,59}")) {
                problems.add(Problem.field(field + ".code", "pattern.code"));
            }
        }
        text(problems, field + ".name", d.name(), true, 200);
        text(problems, field + ".nameSv", d.nameSv(), false, 200);
        text(problems, field + ".nameEn", d.nameEn(), false, 200);
        text(problems, field + ".unit", d.unit(), false, 100);
        text(problems, field + ".unitSv", d.unitSv(), false, 100);
        text(problems, field + ".unitEn", d.unitEn(), false, 100);
        List<RiskLevelView> levels = d.levels();
        if (levels == null || levels.size() < 2 || levels.size() > MAX_LEVELS) {
            problems.add(Problem.field(field + ".levels", "error.riskScale.levelCount", 2, MAX_LEVELS));
            return;
        }
        boolean measured = false;
        for (int i = 0; i < levels.size(); i++) {
            RiskLevelView l = levels.get(i);
            String lf = field + ".levels[" + i + "]";
            if (l == null) {
                problems.add(Problem.field(lf, "validation.required"));
                return;
            }
            if (l.level() == null || l.level() != i + 1) {
                problems.add(Problem.field(lf + ".level", "error.riskScale.levelNumber", i + 1));
            }
            text(problems, lf + ".label", l.label(), true, 300);
            text(problems, lf + ".labelSv", l.labelSv(), false, 300);
            text(problems, lf + ".labelEn", l.labelEn(), false, 300);
            measured |= l.lower() != null || l.upper() != null;
        }
        if (!measured) {
            return; // a qualitative dimension: levels described in words only
        }
        String name = d.name() == null ? field : d.name();
        for (int i = 0; i < levels.size(); i++) {
            RiskLevelView l = levels.get(i);
            String lf = field + ".levels[" + i + "]";
            if (i > 0 && l.lower() == null) {
                problems.add(Problem.field(lf + ".lower", "error.riskScale.openBand", name, i + 1));
            }
            if (i < levels.size() - 1 && l.upper() == null) {
                problems.add(Problem.field(lf + ".upper", "error.riskScale.openBand", name, i + 1));
            }
            if (l.lower() != null && l.upper() != null && l.lower().compareTo(l.upper()) >= 0) {
                problems.add(Problem.field(lf + ".upper", "error.riskScale.emptyBand", name, i + 1));
            }
            if (i > 0) {
                BigDecimal end = levels.get(i - 1).upper();
                BigDecimal start = l.lower();
                if (end != null && start != null) {
                    int c = start.compareTo(end);
                    if (c > 0) {
                        problems.add(Problem.field(
                                lf + ".lower", "error.riskScale.gap", name, i, i + 1, plain(end), plain(start)));
                    } else if (c < 0) {
                        problems.add(Problem.field(
                                lf + ".lower", "error.riskScale.overlap", name, i, i + 1, plain(end), plain(start)));
                    }
                }
            }
        }
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.field(field, "validation.required"));
            }
        } else if (value.trim().length() > max) {
            problems.add(Problem.field(field, "validation.size", max, 0));
        }
    }
}
