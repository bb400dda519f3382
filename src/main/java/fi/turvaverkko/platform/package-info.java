/**
 * What every module shares without owning any domain: the page frame and navigation, languages,
 * error answers, the embedded PostgreSQL, outgoing mail and its outbox, attachments, catalogues,
 * and the CSV, XLSX and PDF renderers that modules use for their own reports and imports.
 */
@ApplicationModule(displayName = "Platform")
package fi.turvaverkko.platform;

import org.springframework.modulith.ApplicationModule;
