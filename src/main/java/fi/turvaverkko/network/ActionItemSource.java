package fi.turvaverkko.network;

/** An action item with the meeting and group it came from, for whoever turns it into a measure. */
public record ActionItemSource(MeetingView.ActionItem item, MeetingView meeting, GroupView group) {}
