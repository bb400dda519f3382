package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.shared.ItemChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the indicator values of an area that the network deletes, in the same transaction: the
 * values carry no foreign key to the area (V3 migration), so this listener keeps them from outliving
 * it.
 */
@Component
class AreaValuesCleanup {

    private final JdbcClient jdbc;

    AreaValuesCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ItemChanged e) {
        if ("AREA".equals(e.itemType()) && "DELETE".equals(e.action())) {
            try {
                jdbc.sql("DELETE FROM indicators.indicator_value WHERE area_id = ?")
                        .param(Long.parseLong(e.itemId()))
                        .update();
            } catch (NumberFormatException ignored) {
                // not an area id of ours
            }
        }
    }
}
