package fi.turvaverkko.network;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit computed with the
 * weights 7, 9, 10, 5, 8, 4, 2 modulo 11 (remainder 1 is never issued).
 */
public final class BusinessId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    /** Trims the value and restores the leading zero of an old six-digit form ("123456-7"). */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        if (v.matches("\\d{6}-\\d")) {
            v = "0" + v;
        }
        return v;
    }

    public static boolean isValid(String value) {
        String v = normalize(value);
        if (v == null || !v.matches("\\d{7}-\\d")) {
            return false;
        }
        Integer check = checkDigit(v.substring(0, 7));
        return check != null && check == v.charAt(8) - '0';
    }

    /** The check digit of seven digits, or {@code null} when no valid ID has them. */
    public static Integer checkDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        if (remainder == 1) {
            return null;
        }
        return 11 - remainder;
    }
}
