package fi.turvaverkko.operations;

import java.util.List;

/**
 * The live situation picture of a disruption: the status board, the requests with their offers and
 * commitments, the latest log entries, and the points of the map.
 */
public record SituationPicture(
        DisruptionView disruption,
        Board board,
        List<RequestLine> requests,
        List<LogEntryView> timeline,
        List<MapPoint> points,
        long lastEventId) {

    /** The counts of the status board. */
    public record Board(
            int requestsOpen,
            int requestsFilled,
            int unitsRequested,
            int unitsCommitted,
            int unitsDeployed,
            int resourcesDeployed,
            int tasksOpen,
            int logEntries) {}

    /** A request with its offers and commitments. */
    public record RequestLine(RequestView request, List<OfferView> offers, List<CommitmentView> commitments) {}

    /** A point of the map: a log entry, a request or a deployed resource, with where it is. */
    public record MapPoint(double lat, double lon, String kind, String label, String href) {}
}
