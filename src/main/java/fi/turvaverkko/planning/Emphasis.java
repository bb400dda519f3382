package fi.turvaverkko.planning;

import java.util.Arrays;
import java.util.List;

/**
 * The emphases of slide 7: four preventive ones, and corrective work whose need and cost goal 4
 * wants to see fall.
 */
public enum Emphasis {
    PREVENTION(true),
    EARLY_INTERVENTION(true),
    EVERYDAY_SAFETY(true),
    EXCLUSION_PREVENTION(true),
    CORRECTIVE(false);

    public static final List<String> CODES =
            Arrays.stream(values()).map(Enum::name).toList();

    private final boolean preventive;

    Emphasis(boolean preventive) {
        this.preventive = preventive;
    }

    public boolean preventive() {
        return preventive;
    }

    public static boolean isPreventive(String code) {
        return code != null && CODES.contains(code) && valueOf(code).preventive;
    }
}
