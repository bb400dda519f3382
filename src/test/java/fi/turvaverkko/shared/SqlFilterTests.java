package fi.turvaverkko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.turvaverkko.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The WHERE clause of a filtered list, and its page and count queries on the real database. */
class SqlFilterTests {

    @Test
    void onlyTheFiltersGivenBecomeConditions() {
        SqlFilter f = SqlFilter.create()
                .and("a.name ILIKE :text", "text", "%kemi%")
                .and("a.sector = :sector", "sector", null)
                .and("a.level = :level", "level", "  ")
                .and("a.area_id = ANY(:areas)", "areas", List.of())
                .and("a.status = :status", "status", "ACTIVE");
        assertThat(f.where()).isEqualTo(" WHERE a.name ILIKE :text AND a.status = :status");
        assertThat(f.params()).containsExactly(Map.entry("text", "%kemi%"), Map.entry("status", "ACTIVE"));
    }

    @Test
    void noFilterIsNoWhereClause() {
        assertThat(SqlFilter.create().and("x = :x", "x", null).where()).isEmpty();
    }

    @Test
    void aConditionWithoutAValueTakesItsParametersSeparately() {
        SqlFilter f = SqlFilter.create().and("(a.owner = :me OR a.public)").param("me", 7L);
        assertThat(f.where()).isEqualTo(" WHERE (a.owner = :me OR a.public)");
        assertThat(f.params()).containsEntry("me", 7L);
    }

    /** {@code page} on PostgreSQL: the rows of the page, the total, and the sort a caller asked. */
    @Nested
    @IntegrationTest
    class OnTheDatabase {

        /** The numbers 1–45 with their parity: a list that needs no table. */
        static final String FROM = " FROM (SELECT n, n % 2 = 0 AS even FROM generate_series(1, 45) n) x";

        static final Map<String, String> SORTABLE = Map.of("n", "x.n");

        @Autowired
        JdbcClient jdbc;

        PageResult<Integer> page(SqlFilter f, PageParams paging) {
            return f.page(
                    jdbc,
                    "SELECT x.n" + FROM,
                    "SELECT count(*)" + FROM,
                    paging,
                    SORTABLE,
                    "x.n",
                    (rs, i) -> rs.getInt("n"));
        }

        @Test
        void aMiddlePageHasItsRowsAndTheWholeListsTotal() {
            PageResult<Integer> p = page(SqlFilter.create(), PageParams.of(1, 10, null));
            assertThat(p.content()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
            assertThat(p.page()).isEqualTo(new PageResult.PageInfo(10, 1, 45, 5));
            assertThat(p.firstItem()).isEqualTo(11);
            assertThat(p.lastItem()).isEqualTo(20);
            assertThat(p.hasPrevious()).isTrue();
            assertThat(p.hasNext()).isTrue();
        }

        @Test
        void theFilterAppliesToThePageAndToTheCount() {
            PageResult<Integer> p =
                    page(SqlFilter.create().and("x.even = :even", "even", true), PageParams.of(2, 10, "n,desc"));
            assertThat(p.content()).containsExactly(4, 2);
            assertThat(p.page().totalElements()).isEqualTo(22);
            assertThat(p.page().totalPages()).isEqualTo(3);
            assertThat(p.hasNext()).isFalse();
        }

        @Test
        void aShortFirstPageIsTheWholeList() {
            PageResult<Integer> p = page(SqlFilter.create().and("x.n <= :max", "max", 3), PageParams.of(0, 20, null));
            assertThat(p.content()).containsExactly(1, 2, 3);
            assertThat(p.page().totalElements()).isEqualTo(3);
            assertThat(p.page().totalPages()).isEqualTo(1);
        }

        @Test
        void aPageBeyondTheEndIsEmptyButKnowsTheTotal() {
            PageResult<Integer> p = page(SqlFilter.create(), PageParams.of(9, 10, null));
            assertThat(p.content()).isEmpty();
            assertThat(p.page().totalElements()).isEqualTo(45);
            assertThat(p.firstItem()).isZero();
        }

        @Test
        void anUnknownSortFieldIsRefusedBeforeAnyQuery() {
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class, () -> page(SqlFilter.create(), PageParams.of(0, 10, "even")));
            assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("error.page.sort");
        }
    }
}
