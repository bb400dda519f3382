/**
 * The append-only audit log: who changed what, for which actor, when and from where, and who read
 * restricted data. It listens to the {@code ItemChanged} and {@code RestrictedItemRead} events every
 * module publishes inside its transactions; the database refuses to update or delete an entry.
 *
 * <p>No other module calls it: it only listens. The log, the gathering of a request's restricted
 * reads and the filter that writes them are internal ({@code domain}).
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"identity", "platform", "shared"})
package fi.turvaverkko.audit;

import org.springframework.modulith.ApplicationModule;
