package fi.turvaverkko.operations.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A CAP 1.2 alert as read from XML, with the parts this module uses: the alert's identification,
 * and for each {@code info} its category, event, urgency, severity, certainty, texts and areas.
 */
public record CapAlert(
        String identifier,
        String sender,
        String sentText,
        OffsetDateTime sent,
        String status,
        String msgType,
        String scope,
        List<String> references,
        List<Info> infos) {

    /** One {@code info} block. */
    public record Info(
            String language,
            List<String> categories,
            String event,
            String urgency,
            String severity,
            String certainty,
            String headline,
            String description,
            String instruction,
            List<Area> areas) {}

    /**
     * One {@code area}: its description, polygons as lists of [lat, lon], circles as [lat, lon, km], and
     * geocodes as (valueName, value) pairs.
     */
    public record Area(
            String areaDesc,
            List<List<double[]>> polygons,
            List<double[]> circles,
            List<Map.Entry<String, String>> geocodes) {}
}
