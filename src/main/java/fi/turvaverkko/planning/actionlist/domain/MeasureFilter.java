package fi.turvaverkko.planning.actionlist.domain;

/**
 * The filters of the measure list as a caller gives them (docs/contract.md): {@code area} is a code
 * and includes the areas below it; {@code status} may also be {@code DELAYED}; {@code year} keeps the
 * measures running in it; {@code programme}, {@code responsibleActor} and {@code goal} are ids.
 */
public record MeasureFilter(
        String text,
        String programme,
        String area,
        String theme,
        String targetGroup,
        String emphasis,
        String status,
        String responsibleActor,
        Integer year,
        String goal) {

    public static MeasureFilter none() {
        return new MeasureFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static MeasureFilter ofProgramme(String programmeId) {
        return new MeasureFilter(null, programmeId, null, null, null, null, null, null, null, null);
    }
}
