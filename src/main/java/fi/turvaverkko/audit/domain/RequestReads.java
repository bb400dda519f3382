package fi.turvaverkko.audit.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.shared.RestrictedItemRead;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The restricted items one request has been handed so far, kept on the request until it ends and
 * its one audit entry is written (ADR 0024). Who read them is the user of the first report: the
 * request's user, also when a streamed response is written on another thread.
 */
final class RequestReads {

    static final String ATTRIBUTE = RequestReads.class.getName();

    private final CurrentUser user;
    private final Map<String, Set<String>> items = new LinkedHashMap<>();

    RequestReads(CurrentUser user) {
        this.user = user;
    }

    CurrentUser user() {
        return user;
    }

    synchronized void add(RestrictedItemRead read) {
        items.computeIfAbsent(read.key(), k -> new TreeSet<>()).add(read.what() == null ? "" : read.what());
    }

    /** The items reported since the last call (item key → what of it), and forgets them. */
    synchronized Map<String, Set<String>> drain() {
        Map<String, Set<String>> copy = new LinkedHashMap<>(items);
        items.clear();
        return copy;
    }
}
