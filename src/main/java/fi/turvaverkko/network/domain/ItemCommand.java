package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.MeetingView.Item;

/** A numbered item (§) of a meeting as its editors set it; a new item without a number gets the next one. */
public record ItemCommand(Integer number, String title, String proposal, String decision, Long version) {

    public static ItemCommand of(Item i) {
        return new ItemCommand(i.number(), i.title(), i.proposal(), i.decision(), i.version());
    }
}
