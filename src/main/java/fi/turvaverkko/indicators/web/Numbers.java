package fi.turvaverkko.indicators.web;

import fi.turvaverkko.shared.InvalidInputException;
import java.math.BigDecimal;

/** Numbers as people type them in a form: a decimal comma or point, spaces between thousands. */
final class Numbers {

    private Numbers() {}

    static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String n = text.trim()
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .replace(" ", "")
                .replace('\u2212', '-')
                .replace(',', '.');
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.indicatorValue.number", text.trim());
        }
    }
}
