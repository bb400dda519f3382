package fi.turvaverkko.continuity.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which cells of an aggregate table are withheld so that no published figure, and no
 * difference between published figures, rests on fewer than three respondents.
 *
 * <p>The table has interior cells {@code [r][c]} for {@code r < rows - 1}, {@code c < cols - 1}; the
 * last row and column are the margins and {@code [rows-1][cols-1]} the grand total. A cell's
 * effective count is its respondents less the viewer's own organisations among them (a viewer who
 * answered knows their own answers, so they may not count towards the three).
 *
 * <ol>
 *   <li>Primary: a cell with respondents and an effective count under three is withheld.
 *   <li>Complementary, per line (a row or a column with its margin): a line may not have exactly one
 *       withheld cell (it would be the margin less the others), and when the margin is published
 *       the withheld cells of the line together must have no respondents or at least three.
 *   <li>Audit: no withheld cell may follow exactly from the published figures by any combination of
 *       rows and columns (checked by linear algebra); if one does, another cell of its line is
 *       withheld and the steps repeat.
 * </ol>
 *
 * Each time a further cell is withheld it is the published one with the fewest respondents in the
 * line, interior cells before margins.
 */
public final class Suppression {

    /** The smallest number of respondents a published figure may rest on. */
    public static final int MINIMUM = 3;

    private final int rows;
    private final int cols;
    private final int[][] n;
    private final int[][] effective;
    private final boolean[][] withheld;

    private Suppression(int[][] n, int[][] own) {
        this.rows = n.length;
        this.cols = n[0].length;
        this.n = n;
        this.effective = new int[rows][cols];
        this.withheld = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                effective[r][c] = n[r][c] - own[r][c];
            }
        }
    }

    /**
     * The cells to withhold. {@code n} and {@code own} include the margins (last row and column),
     * which must be the sums of the interior cells.
     */
    public static boolean[][] withheld(int[][] n, int[][] own) {
        Suppression s = new Suppression(n, own);
        s.run();
        return s.withheld;
    }

    private record Cell(int r, int c) {}

    /** A line: its parts and its margin. */
    private record Line(List<Cell> parts, Cell total) {}

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Cell> parts = new ArrayList<>();
            for (int c = 0; c < cols - 1; c++) {
                parts.add(new Cell(r, c));
            }
            lines.add(new Line(parts, new Cell(r, cols - 1)));
        }
        for (int c = 0; c < cols; c++) {
            List<Cell> parts = new ArrayList<>();
            for (int r = 0; r < rows - 1; r++) {
                parts.add(new Cell(r, c));
            }
            lines.add(new Line(parts, new Cell(rows - 1, c)));
        }
        return lines;
    }

    private void run() {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (n[r][c] > 0 && effective[r][c] < MINIMUM) {
                    withheld[r][c] = true;
                }
            }
        }
        List<Line> lines = lines();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                changed |= complement(line);
            }
            if (!changed) {
                changed = audit(lines);
            }
        }
    }

    private boolean isWithheld(Cell x) {
        return withheld[x.r()][x.c()] && n[x.r()][x.c()] > 0;
    }

    /** Applies the line rules once; true when a further cell was withheld. */
    private boolean complement(Line line) {
        int count = 0;
        int withheldEffective = 0;
        for (Cell p : line.parts()) {
            if (isWithheld(p)) {
                count++;
                withheldEffective += effective[p.r()][p.c()];
            }
        }
        boolean totalWithheld = isWithheld(line.total());
        if (totalWithheld) {
            count++;
        }
        boolean lone = count == 1;
        boolean smallGroup = !totalWithheld && withheldEffective > 0 && withheldEffective < MINIMUM;
        if (!lone && !smallGroup) {
            return false;
        }
        return withholdAnother(line, !lone);
    }

    /** Withholds the published cell of the line with the fewest respondents; parts before the margin. */
    private boolean withholdAnother(Line line, boolean partsOnly) {
        Cell best = null;
        for (Cell p : line.parts()) {
            if (!withheld[p.r()][p.c()]
                    && n[p.r()][p.c()] > 0
                    && (best == null || n[p.r()][p.c()] < n[best.r()][best.c()])) {
                best = p;
            }
        }
        if (best == null) {
            Cell t = line.total();
            if (!withheld[t.r()][t.c()] && n[t.r()][t.c()] > 0) {
                best = t;
            } else if (partsOnly) {
                return false;
            }
        }
        if (best == null) {
            return false;
        }
        withheld[best.r()][best.c()] = true;
        return true;
    }

    /**
     * Finds a withheld cell that the published figures determine exactly and withholds another cell
     * of one of its lines; true when it did.
     */
    private boolean audit(List<Line> lines) {
        List<Cell> vars = new ArrayList<>();
        int[][] index = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                index[r][c] = -1;
                if (isWithheld(new Cell(r, c))) {
                    index[r][c] = vars.size();
                    vars.add(new Cell(r, c));
                }
            }
        }
        if (vars.isEmpty()) {
            return false;
        }
        List<double[]> equations = new ArrayList<>();
        for (Line line : lines) {
            double[] eq = new double[vars.size()];
            boolean any = false;
            for (Cell p : line.parts()) {
                int i = index[p.r()][p.c()];
                if (i >= 0) {
                    eq[i] = 1;
                    any = true;
                }
            }
            int t = index[line.total().r()][line.total().c()];
            if (t >= 0) {
                eq[t] = -1;
                any = true;
            }
            if (any) {
                equations.add(eq);
            }
        }
        int rank = rank(equations, vars.size());
        for (int i = 0; i < vars.size(); i++) {
            List<double[]> with = new ArrayList<>(equations);
            double[] unit = new double[vars.size()];
            unit[i] = 1;
            with.add(unit);
            if (rank(with, vars.size()) == rank) {
                Cell x = vars.get(i);
                for (Line line : lines) {
                    boolean contains = line.total().equals(x) || line.parts().contains(x);
                    if (contains && withholdAnother(line, false)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static int rank(List<double[]> rowsIn, int width) {
        double[][] m = new double[rowsIn.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = rowsIn.get(i).clone();
        }
        int rank = 0;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][col]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] tmp = m[pivot];
            m[pivot] = m[rank];
            m[rank] = tmp;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][col]) > 1e-9) {
                    double f = m[r][col] / m[rank][col];
                    for (int k = col; k < width; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
