/**
 * The action list (slides 6–7; goal 4), a module nested in {@code planning}: measures with their
 * responsible actors and partners, areas, themes, target groups and emphasis, schedule, status, costs
 * per year and progress reports; the budget view of costs by carrier and the share of prevention;
 * import and export of the list as CSV or XLSX; and the public list of the approved programmes'
 * measures. It keeps {@code planning.measure} and {@code planning.progress_update} in the planning
 * schema (ADR 0025) and reads the programmes only through {@link fi.turvaverkko.planning.Programmes}.
 * Other modules reach it through {@link fi.turvaverkko.planning.Measures}, which it implements.
 */
@ApplicationModule(
        displayName = "Planning: the action list",
        allowedDependencies = {"planning", "network", "identity", "platform", "shared"})
package fi.turvaverkko.planning.actionlist;

import org.springframework.modulith.ApplicationModule;
