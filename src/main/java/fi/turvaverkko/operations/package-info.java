/**
 * Managing disruptions in normal conditions: the disruption with its areas, severity, authority in
 * charge and lifecycle, the append-only situation log, resource requests with the offers owners make
 * and the commitments the authority in charge makes (EDXL-RM-shaped), the live situation picture
 * carried to every open browser over Server-Sent Events and across nodes with PostgreSQL
 * LISTEN/NOTIFY, situation reports as PDF, CAP 1.2 alerts in and out, and exercises whose lessons
 * become measures of the action list.
 *
 * <p>Its API is {@code DisruptionService} and the views it gives; everything else is internal
 * ({@code domain}: services, repositories, the status machines of disruptions, requests, offers and
 * commitments; {@code web}: pages and the REST API).
 */
@ApplicationModule(
        displayName = "Operations",
        allowedDependencies = {"resources", "risks", "network", "planning", "identity", "platform", "shared"})
package fi.turvaverkko.operations;

import org.springframework.modulith.ApplicationModule;
