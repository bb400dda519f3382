package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.MeetingView.ActionItem;
import java.time.LocalDate;

/**
 * An action item as its editors set it: the item (§) it came from, what is to be done, by whom and
 * by when, and on update its status (OPEN or DONE; null keeps it).
 */
public record ActionItemCommand(
        String itemId, String description, String responsibleActorId, LocalDate dueDate, String status, Long version) {

    public static ActionItemCommand of(ActionItem a) {
        return new ActionItemCommand(
                a.itemId(), a.description(), a.responsibleActorId(), a.dueDate(), a.status(), a.version());
    }
}
