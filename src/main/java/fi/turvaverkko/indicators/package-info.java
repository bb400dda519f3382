/**
 * Indicators of safety and wellbeing (goal 4 and 7 of the seed): definitions such as Sotkanet's
 * with their unit, source, polarity and kind, values per area and year imported all or nothing,
 * targets on the planning module's goals and the measures meant to move them, and charts of an
 * indicator over time, of all areas in one year and of one area's indicators with their direction.
 * Its API is {@code IndicatorService} (every definition, as {@code IndicatorView}); SQL reads the view
 * {@code indicators.v_indicator_trend}. Inside, {@code domain} keeps the definitions
 * ({@code Indicators}), values ({@code IndicatorValues}), targets ({@code IndicatorTargets}), each
 * written by its command ({@code IndicatorCommand}, {@code IndicatorValueCommand},
 * {@code IndicatorTargetCommand}), the import ({@code IndicatorImport}, its checked rows in an
 * {@code ImportBatch}) and the series the charts draw ({@code IndicatorSeries}); the values of a
 * deleted area go when network's {@code AreaDeleted} arrives ({@code AreaValuesCleanup}).
 */
@ApplicationModule(
        displayName = "Indicators",
        allowedDependencies = {"network", "planning", "identity", "platform", "shared"})
package fi.turvaverkko.indicators;

import org.springframework.modulith.ApplicationModule;
