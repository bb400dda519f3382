package fi.turvaverkko.planning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the planning module, under {@code turvaverkko.planning.*}.
 *
 * @param listCacheTtl how long a page of the measure list is answered from memory; any change in the
 *     application empties the cache at once, so this bounds only what another node changed; zero
 *     turns the cache off
 */
@ConfigurationProperties("turvaverkko.planning")
public record PlanningProperties(@DefaultValue("5s") Duration listCacheTtl) {}
