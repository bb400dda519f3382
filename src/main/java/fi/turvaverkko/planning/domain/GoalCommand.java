package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;

/**
 * What a caller writes of a goal. {@code programmeId} is required to create one and, when given on a
 * change, must be the goal's own (a goal never moves to another programme).
 */
public record GoalCommand(
        String programmeId,
        String parentId,
        String code,
        String title,
        String titleSv,
        String titleEn,
        String description,
        Integer sortOrder,
        Long version) {

    public static GoalCommand of(GoalView v) {
        return new GoalCommand(
                v.programmeId(),
                v.parentId(),
                v.code(),
                v.title(),
                v.titleSv(),
                v.titleEn(),
                v.description(),
                v.sortOrder(),
                v.version());
    }
}
