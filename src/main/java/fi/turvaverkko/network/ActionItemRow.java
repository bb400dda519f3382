package fi.turvaverkko.network;

/**
 * An action item as a list shows it: the item, the meeting it was decided in and the name of the
 * actor responsible for it (null when none is named, or when the reader may not see the actor).
 */
public record ActionItemRow(MeetingView.ActionItem item, MeetingView meeting, String responsibleName) {}
