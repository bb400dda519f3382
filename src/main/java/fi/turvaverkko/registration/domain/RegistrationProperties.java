package fi.turvaverkko.registration.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of self-registration, under {@code turvaverkko.registration.*}.
 *
 * @param perAddressPerHour sign-ups one client address may make in an hour
 * @param perEmailPerHour sign-ups one e-mail address may be given in an hour
 * @param confirmationValidity how long the confirmation link works
 */
@ConfigurationProperties("turvaverkko.registration")
public record RegistrationProperties(
        @DefaultValue("5") int perAddressPerHour,
        @DefaultValue("3") int perEmailPerHour,
        @DefaultValue("PT72H") Duration confirmationValidity) {}
