package fi.turvaverkko.planning.actionlist.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A progress report of a measure: the date (today when not given), the status it moves the measure to
 * (the same when not given), the share done, a short account and the cost realised since the previous
 * report (added to that year's realised cost). At least one of them says something new.
 */
public record ProgressCommand(LocalDate date, String status, Integer percent, String text, BigDecimal realisedCost) {

    public static ProgressCommand of(ProgressView v) {
        return new ProgressCommand(v.date(), v.status(), v.percent(), v.text(), v.realisedCost());
    }
}
