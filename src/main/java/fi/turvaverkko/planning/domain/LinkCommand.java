package fi.turvaverkko.planning.domain;

/**
 * What a caller writes of an alignment link: the lower goal, the higher goal (both fixed once the
 * link exists), the kind and a note.
 */
public record LinkCommand(String fromGoalId, String toGoalId, String kind, String note, Long version) {

    public static LinkCommand of(GoalLinkView v) {
        return new LinkCommand(v.fromGoalId(), v.toGoalId(), v.kind(), v.note(), v.version());
    }
}
