package fi.turvaverkko.resources.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the resources module.
 *
 * @param travelSpeedKmh the speed at which the search estimates travel, km/h
 * @param roadFactor how much longer the road is than the straight line (1.3 is typical in Lapland)
 * @param verifyEveryDays after how many days since the last check the owner is reminded
 */
@ConfigurationProperties("turvaverkko.resources")
public record ResourcesProperties(
        @DefaultValue("60") double travelSpeedKmh,
        @DefaultValue("1.3") double roadFactor,
        @DefaultValue("365") int verifyEveryDays) {}
