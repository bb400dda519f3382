package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.network.AreaDeleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes the indicator values of an area that the network deletes: they carry no
 * foreign key to the area (V3 migration), so this listener keeps them from outliving it. It runs after
 * the deletion commits, in its own transaction; the event publication registry keeps the event until
 * it has, and retries it when it fails.
 */
@Component
class AreaValuesCleanup {

    private final JdbcClient jdbc;

    AreaValuesCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AreaDeleted e) {
        jdbc.sql("DELETE FROM indicators.indicator_value WHERE area_id = ?")
                .param(e.areaId())
                .update();
    }
}
