package fi.turvaverkko.continuity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules that keep aggregates from telling anything about fewer than three respondents. */
class SuppressionTests {

    /** Interior counts → the table with its margins. */
    static int[][] table(int[][] interior) {
        int rows = interior.length + 1;
        int cols = interior[0].length + 1;
        int[][] t = new int[rows][cols];
        for (int r = 0; r < interior.length; r++) {
            for (int c = 0; c < interior[0].length; c++) {
                int v = interior[r][c];
                t[r][c] += v;
                t[r][cols - 1] += v;
                t[rows - 1][c] += v;
                t[rows - 1][cols - 1] += v;
            }
        }
        return t;
    }

    static int[][] zeros(int[][] like) {
        return new int[like.length][like[0].length];
    }

    @Test
    void aCellWithFewerThanThreeIsWithheldAndSoIsAnotherInItsLine() {
        int[][] n = table(new int[][] {{5}, {1}});
        boolean[][] w = Suppression.withheld(n, zeros(n));
        assertThat(w[1][0]).isTrue();
        // the sub-region total with one respondent, and the region total that would give it away
        assertThat(w[1][1]).isTrue();
        assertThat(w[0][0] && w[0][1] || w[2][0] && w[2][1]).isTrue();
        assertSafe(n, zeros(n), w);
    }

    @Test
    void threeOrMoreArePublishedAndEmptyCellsAreNotWithheld() {
        int[][] n = table(new int[][] {{3, 0}, {4, 6}});
        boolean[][] w = Suppression.withheld(n, zeros(n));
        for (boolean[] row : w) {
            for (boolean x : row) {
                assertThat(x).isFalse();
            }
        }
    }

    @Test
    void twoSmallCellsOfALineAreNotLeftAsAGroupOfTwo() {
        // one and one in a row whose total is published: together they are two
        int[][] n = table(new int[][] {{1, 1, 5}, {4, 4, 4}});
        boolean[][] w = Suppression.withheld(n, zeros(n));
        assertSafe(n, zeros(n), w);
    }

    @Test
    void theViewersOwnAnswersDoNotCount() {
        int[][] n = table(new int[][] {{3}, {3}});
        int[][] own = zeros(n);
        own[0][0] = 1;
        own[0][1] = 1;
        own[2][0] = 1;
        own[2][1] = 1;
        boolean[][] w = Suppression.withheld(n, own);
        assertThat(w[0][0]).isTrue();
        assertSafe(n, own, w);
    }

    @Test
    void randomTablesNeverRevealASmallGroup() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(4);
            int[][] interior = new int[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    interior[r][c] = random.nextInt(10) < 4 ? random.nextInt(3) : random.nextInt(8);
                }
            }
            int[][] n = table(interior);
            boolean[][] w = Suppression.withheld(n, zeros(n));
            assertSafe(n, zeros(n), w);
        }
    }

    /** No published count of one or two, no lone withheld cell in a line, no hidden group of one or two. */
    static void assertSafe(int[][] n, int[][] own, boolean[][] w) {
        int rows = n.length;
        int cols = n[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int e = n[r][c] - own[r][c];
                if (!w[r][c] && n[r][c] > 0) {
                    assertThat(e).as("published [%s][%s]", r, c).isGreaterThanOrEqualTo(3);
                }
            }
        }
        List<int[][]> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int[][] line = new int[cols][];
            for (int c = 0; c < cols; c++) {
                line[c] = new int[] {r, c};
            }
            lines.add(line);
        }
        for (int c = 0; c < cols; c++) {
            int[][] line = new int[rows][];
            for (int r = 0; r < rows; r++) {
                line[r] = new int[] {r, c};
            }
            lines.add(line);
        }
        for (int[][] line : lines) {
            int withheld = 0;
            int hidden = 0;
            for (int i = 0; i < line.length; i++) {
                int[] x = line[i];
                if (w[x[0]][x[1]] && n[x[0]][x[1]] > 0) {
                    withheld++;
                    if (i < line.length - 1) {
                        hidden += n[x[0]][x[1]] - own[x[0]][x[1]];
                    }
                }
            }
            assertThat(withheld).as("lone withheld cell").isNotEqualTo(1);
            int[] total = line[line.length - 1];
            if (!w[total[0]][total[1]]) {
                assertThat(hidden == 0 || hidden >= 3)
                        .as("hidden group of %s", hidden)
                        .isTrue();
            }
        }
    }

    @Test
    void rankCountsIndependentEquations() {
        assertThat(Suppression.rank(List.of(new double[] {1, 1}, new double[] {2, 2}), 2))
                .isEqualTo(1);
        assertThat(Suppression.rank(List.of(new double[] {1, 0}, new double[] {0, 1}), 2))
                .isEqualTo(2);
    }
}
