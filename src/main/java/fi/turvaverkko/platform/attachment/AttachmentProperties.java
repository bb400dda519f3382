package fi.turvaverkko.platform.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest attachment accepted */
@ConfigurationProperties("turvaverkko.attachments")
record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize) {}
