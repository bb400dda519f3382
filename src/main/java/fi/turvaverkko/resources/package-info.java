/**
 * Every resource of the region that the authorities in charge can use in a disruption: a typed
 * catalogue (kind, function, capability, NIMS type level, unit), the registry of resources owned by
 * actors with their quantity, location, availability, activation time, 24/7 contact and agreement,
 * yearly verification, CSV and XLSX import and export, and the search for the nearest available
 * resources ranked by estimated time of arrival.
 */
@ApplicationModule(
        displayName = "Resources",
        allowedDependencies = {"network", "identity", "platform", "shared"})
package fi.turvaverkko.resources;

import org.springframework.modulith.ApplicationModule;
