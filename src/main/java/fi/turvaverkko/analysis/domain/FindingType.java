package fi.turvaverkko.analysis.domain;

/** The kinds of findings, grouped as the issue names them. */
public enum FindingType {
    /** A high risk in an area with no active measure of a matching theme. */
    GAP_RISK(Group.GAP),
    /** An indicator moving the wrong way in an area with no active measure of a matching theme. */
    GAP_INDICATOR(Group.GAP),
    /** An area with no active measure at all. */
    BLIND_AREA(Group.BLIND_SPOT),
    /** A target group with no active measure in an area. */
    BLIND_TARGET_GROUP(Group.BLIND_SPOT),
    /** A high risk that no measure mitigates. */
    BLIND_UNMITIGATED_RISK(Group.BLIND_SPOT),
    /** A high risk whose needed resources are not available near it. */
    BLIND_NO_RESOURCES(Group.BLIND_SPOT),
    /** Measures of different actors doing the same thing for the same people at the same time. */
    OVERLAP(Group.OVERLAP),
    /** A goal with no link up, none down, or no measures. */
    UNALIGNED_GOAL(Group.UNALIGNED),
    /** A measure with no progress for months. */
    STALE_MEASURE(Group.STALE),
    /** A scenario past its review date. */
    STALE_SCENARIO(Group.STALE);

    /** The groups of the API: gaps, blind spots, overlaps, unaligned goals, stale data. */
    public enum Group {
        GAP,
        BLIND_SPOT,
        OVERLAP,
        UNALIGNED,
        STALE
    }

    private final Group group;

    FindingType(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
