package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.IndicatorView;

/** What a person writes of an indicator definition: everything but its id and version. */
public record IndicatorCommand(
        String code,
        String name,
        String nameSv,
        String nameEn,
        String description,
        String unit,
        String source,
        String sourceRef,
        String polarity,
        String kind,
        Integer decimals,
        Boolean publicData) {

    /** The writable fields of an indicator as the API shows it (the read-only ones are ignored). */
    public static IndicatorCommand of(IndicatorView v) {
        return new IndicatorCommand(
                v.code(),
                v.name(),
                v.nameSv(),
                v.nameEn(),
                v.description(),
                v.unit(),
                v.source(),
                v.sourceRef(),
                v.polarity(),
                v.kind(),
                v.decimals(),
                v.publicData());
    }
}
