package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.db.DatabaseAvailability;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of health, read from what the watcher last saw: it answers at once, also
 * while the database is away (Spring Boot's own check would wait for a connection).
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseAvailability availability;

    DatabaseHealthIndicator(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        return availability.isUp() ? Health.up().build() : Health.down().build();
    }
}
