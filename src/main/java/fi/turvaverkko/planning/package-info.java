/**
 * Programmes and plans of every level and their alignment (goal 2 of the seed; slides 4–7): the
 * national, provincial, regional and municipal programmes with their goals in a hierarchy, the links
 * that say which goal contributes to or implements which, and the wellbeing report's yearly cycle (Act
 * 612/2021). Restricted plans exist only for authority users, their owners and the region's
 * coordinator. It owns the {@code planning} schema and its migrations; the action list of measures is
 * its nested module {@code planning.actionlist} (ADR 0025), which keeps its own tables in the same
 * schema.
 *
 * <p>This root package is the API of both: {@link fi.turvaverkko.planning.Programmes} (programmes and
 * goals as the action list and other modules read them), {@link fi.turvaverkko.planning.Measures}
 * (the action list as other modules and the programmes use it; the nested module implements it), the
 * records they take and give, and the events planning publishes.
 */
@ApplicationModule(
        displayName = "Planning: programmes and goals",
        allowedDependencies = {"network", "identity", "platform", "shared"})
package fi.turvaverkko.planning;

import org.springframework.modulith.ApplicationModule;
