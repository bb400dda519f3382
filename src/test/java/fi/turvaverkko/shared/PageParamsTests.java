package fi.turvaverkko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paging and sorting as a caller asks for them, and what is refused. */
class PageParamsTests {

    static final Map<String, String> SORTABLE = Map.of("name", "a.name", "createdAt", "a.created_at");

    @Test
    void nothingAskedIsTheFirstPageOfTwentyInTheListsOwnOrder() {
        PageParams p = PageParams.of(null, null, null);
        assertThat(p).isEqualTo(new PageParams(0, PageParams.DEFAULT_SIZE, null, true));
        assertThat(p.offset()).isZero();
        assertThat(p.orderBy(SORTABLE, "a.id")).isEqualTo(" ORDER BY a.id");
        assertThat(p.sortParam()).isEmpty();
    }

    @Test
    void aPageStartsAfterThePagesBeforeIt() {
        PageParams p = PageParams.of(3, 50, null);
        assertThat(p.offset()).isEqualTo(150);
        assertThat(PageParams.of(Integer.MAX_VALUE, PageParams.MAX_SIZE, null).offset())
                .as("no int overflow")
                .isEqualTo((long) Integer.MAX_VALUE * PageParams.MAX_SIZE);
    }

    @Test
    void aSortFieldIsMappedToItsExpressionAndTheDefaultBreaksTies() {
        assertThat(PageParams.of(0, 20, "name").orderBy(SORTABLE, "a.id")).isEqualTo(" ORDER BY a.name ASC, a.id");
        assertThat(PageParams.of(0, 20, " createdAt , DESC ").orderBy(SORTABLE, "a.id"))
                .isEqualTo(" ORDER BY a.created_at DESC, a.id");
        assertThat(PageParams.of(0, 20, "name,asc").sortParam()).isEqualTo("name,asc");
        assertThat(PageParams.of(0, 20, "name,Desc").sortParam()).isEqualTo("name,desc");
    }

    @Test
    void aFieldTheListDoesNotSortByIsRefusedAndNeverReachesTheSql() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> PageParams.of(0, 20, "password_hash").orderBy(SORTABLE, "a.id"));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sort");
            assertThat(p.messageKey()).isEqualTo("error.page.sort");
            assertThat(p.args()).containsExactly("password_hash");
        });
    }

    @Test
    void aSortThatIsNotFieldCommaDirectionIsRefused() {
        for (String sort : new String[] {",", "a,b,c", "name,up", "name;DROP TABLE x", "1name", "x".repeat(61)}) {
            InvalidInputException e =
                    catchThrowableOfType(InvalidInputException.class, () -> PageParams.of(0, 20, sort));
            assertThat(e).as(sort).isNotNull();
            assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("error.page.sortFormat");
        }
        assertThat(PageParams.of(0, 20, "  ").sortField()).isNull();
    }

    @Test
    void aNegativePageAndASizeOutOfBoundsAreRefusedTogether() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PageParams.of(-1, 0, null));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("page", "size");
        assertThat(e.problems())
                .extracting(Problem::messageKey)
                .containsExactly("error.page.number", "error.page.size");
        assertThat(e.problems().get(1).args()).containsExactly(PageParams.MAX_SIZE);
        assertThat(catchThrowableOfType(
                        InvalidInputException.class, () -> PageParams.of(0, PageParams.MAX_SIZE + 1, null)))
                .isNotNull();
        assertThat(PageParams.of(0, PageParams.MAX_SIZE, null).size()).isEqualTo(PageParams.MAX_SIZE);
        assertThat(PageParams.of(0, 1, null).size()).isEqualTo(1);
    }

    @Test
    void firstIsTheFirstPageOfAGivenSize() {
        assertThat(PageParams.first(5)).isEqualTo(new PageParams(0, 5, null, true));
    }
}
