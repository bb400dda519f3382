package fi.turvaverkko.indicators.domain;

/**
 * What an accepted import of indicator values wrote.
 *
 * @param rows the data rows of the file
 * @param created values that were new
 * @param replaced values that existed and were replaced ({@code replace=true} only)
 * @param indicators how many indicators the file touched
 * @param areas how many areas the file touched
 */
public record IndicatorImportResult(int rows, int created, int replaced, int indicators, int areas) {}
