/**
 * Programmes and plans of every level and their alignment (goal 2 of the seed; slides 4–7): the
 * national, provincial, regional and municipal programmes with their goals in a hierarchy, links
 * that say which goal contributes to or implements which, the action list of measures with their
 * responsible actors, schedule, costs per year and progress, the budget view that shows the share of
 * prevention against corrective work (goal 4), and the wellbeing report's yearly cycle (Act
 * 612/2021). Restricted plans are invisible to everyone but authority users and their owners.
 */
@ApplicationModule(
        displayName = "Planning",
        allowedDependencies = {"network", "identity", "platform", "shared"})
package fi.turvaverkko.planning;

import org.springframework.modulith.ApplicationModule;
