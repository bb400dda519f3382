package fi.turvaverkko.platform;

import java.util.List;

/**
 * The label families a module declares, as one bean per module:
 * {@code @Bean static LabelFamilies planningLabels() { return LabelFamilies.of(LabelFamily.ordered(...), ...); }}.
 */
public record LabelFamilies(List<LabelFamily> families) {

    public static LabelFamilies of(LabelFamily... families) {
        return new LabelFamilies(List.of(families));
    }
}
