package fi.turvaverkko.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param from the sender address of outgoing mail */
@ConfigurationProperties("turvaverkko.mail")
record MailProperties(@DefaultValue("turvaverkko@localhost") String from) {}
