package fi.turvaverkko.planning.actionlist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9, kept after the split: an import's COPY looks nothing up while it runs. A lookup during the
 * COPY (an area's ancestry, outside a request where nothing of the areas is at hand) would query on the
 * connection the COPY holds and wait for it for good; the rows' scopes are looked up before it starts.
 */
@IntegrationTest
class MeasureCopyTests {

    @Autowired
    MeasureCopy copy;

    @Autowired
    MeasureChecks checks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theCopyOfAnImportLooksNothingUpWhileItRuns() {
        long programme = jdbc.sql("SELECT min(id) FROM planning.programme")
                .query(Long.class)
                .single();
        long actor = jdbc.sql("SELECT min(id) FROM network.v_actor WHERE status = 'ACTIVE'")
                .query(Long.class)
                .single();
        long salla = jdbc.sql("SELECT id FROM network.v_area WHERE code = '732'")
                .query(Long.class)
                .single();
        MeasureRow row = new MeasureRow(
                programme,
                null,
                "Kopioitu toimenpide",
                null,
                null,
                null,
                actor,
                List.of(),
                List.of(salla),
                List.of(),
                List.of("FIRE_SAFETY"),
                "PREVENTION",
                List.of(),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                "PLANNED",
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null);
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        Long written = Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> rolledBack.execute(tx -> {
                    List<Long> ids = copy.reserveIds(1);
                    // fresh lookups: no area of the row has been asked for yet
                    copy.copyIn(ids, List.of(row), checks.lookups());
                    tx.setRollbackOnly();
                    return jdbc.sql("""
                                    SELECT count(*) FROM planning.measure
                                     WHERE id = ? AND ? = ANY(scope_area_ids) AND scope_keys @> ARRAY[? || ':FIRE_SAFETY']""")
                            .params(ids.get(0), salla, String.valueOf(salla))
                            .query(Long.class)
                            .single();
                }));
        assertThat(written).isEqualTo(1L);
    }
}
