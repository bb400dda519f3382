/**
 * Every resource of the region that the authorities in charge can use in a disruption: a typed
 * catalogue (kind, function, capability, NIMS type level, unit), the registry of resources owned by
 * actors with their quantity, location, availability, activation time, 24/7 contact and agreement,
 * yearly verification, CSV and XLSX import and export, and the search for the nearest available
 * resources ranked by estimated time of arrival. Its API is {@code ResourceService} (the registry as
 * the caller may see it, the nearest search, units committed, a resource from an approved offer,
 * {@code ResourceDraft}) and {@code ResourceTypeService} (the catalogue, one type or many by code),
 * with {@code ResourceView}, {@code ResourceTypeView}, {@code NearestResource} and the interface
 * {@code DisruptionActivity} that operations implements; SQL reads {@code resources.v_resource_type}
 * and {@code resources.v_resource_availability}. Inside, {@code domain.ResourceRegistry} checks
 * writes by {@code ResourceRules}, {@code Stock} guards the committed units and
 * {@code Verification} the yearly check; {@code ResourceReads} reports to the audit log every
 * restricted resource, exact place and 24/7 contact a path hands out, and
 * {@code ResourceAuditRedaction} hides them on the audit page from those who may not read them
 * (ADR 0024).
 */
@ApplicationModule(
        displayName = "Resources",
        allowedDependencies = {"network", "identity", "platform", "shared"})
package fi.turvaverkko.resources;

import org.springframework.modulith.ApplicationModule;
