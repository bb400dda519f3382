/**
 * Knowing the region (goal 7): who does what where (3W coverage), gaps, blind spots, overlapping
 * measures and unaligned or stale data, each finding with its reason and links to the items behind
 * it, and the situational-awareness dashboard. It reads the other modules only through the
 * read-only views they publish.
 *
 * <p>No other module calls it, so its root holds no public type: the finding engine and its rules,
 * the snapshot of what it reads, and the services are internal ({@code domain}).
 */
@ApplicationModule(
        displayName = "Analysis",
        allowedDependencies = {
            "network",
            "identity",
            "platform",
            "shared",
            "indicators",
            "risks",
            "resources",
            "operations",
            "continuity"
        })
package fi.turvaverkko.analysis;

import org.springframework.modulith.ApplicationModule;
