package fi.turvaverkko.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.shared.SqlFilter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scope puts its condition on the column it is given, with its parameters, or nothing at all. */
class ProgrammeScopeTests {

    @Test
    void everyProgrammeAddsNoCondition() {
        SqlFilter f = SqlFilter.create().and("m.status = :status", "status", "DONE");
        ProgrammeScope.ALL.applyTo(f, "m.programme_id");
        assertThat(f.where()).isEqualTo(" WHERE m.status = :status");
        assertThat(ProgrammeScope.ALL.on("m.programme_id")).isNull();
    }

    @Test
    void aScopeIsItsConditionOnTheColumnWithItsParameters() {
        ProgrammeScope scope =
                new ProgrammeScope("%1$s <> ALL(:hidden) OR %1$s = :own", Map.of("hidden", new Long[] {1L}, "own", 2L));
        SqlFilter f = scope.applyTo(SqlFilter.create(), "g.programme_id");
        assertThat(f.where()).isEqualTo(" WHERE g.programme_id <> ALL(:hidden) OR g.programme_id = :own");
        assertThat(f.params()).containsEntry("own", 2L).containsKey("hidden");
    }

    @Test
    void aMeasuresSummaryIsItsTitleInTheReadersLanguageAndWhetherItIsLate() {
        MeasureView m = new MeasureView(
                "7",
                "1",
                "A1",
                "Otsikko",
                "Rubrik",
                null,
                null,
                "3",
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                "PREVENTION",
                java.util.List.of(),
                null,
                null,
                "ONGOING",
                true,
                30,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                java.util.List.of(),
                null,
                null,
                null,
                0L);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("sv"));
        try {
            assertThat(m.summary()).isEqualTo(new MeasureSummary("7", "Rubrik", "ONGOING", 30, true));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(m.summary().title()).isEqualTo("Otsikko");
    }
}
