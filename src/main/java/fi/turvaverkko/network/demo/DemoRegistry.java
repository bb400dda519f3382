package fi.turvaverkko.network.demo;

import java.util.HashMap;
import java.util.Map;

/** What the demo loader has created so far, by key, so that later steps can refer to it; and the counts. */
final class DemoRegistry {

    private final Map<String, Long> areas = new HashMap<>();
    private final Map<String, Long> actors = new HashMap<>();
    private final Map<String, Long> groups = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, Long> contactIds = new HashMap<>();

    int contacts;
    int memberships;
    int meetings;
    int items;
    int actionItems;
    int users;

    void area(String code, long id) {
        areas.put(code, id);
    }

    long area(String code) {
        return get(areas, code, "area");
    }

    void actor(String key, long id) {
        actors.put(key, id);
    }

    long actor(String key) {
        return get(actors, key, "actor");
    }

    String actorId(String key) {
        return String.valueOf(actor(key));
    }

    boolean hasActor(String key) {
        return actors.containsKey(key);
    }

    void group(String key, long id) {
        groups.put(key, id);
    }

    long group(String key) {
        return get(groups, key, "group");
    }

    /** Remembers a contact person of an actor by the name it was given. */
    void contact(String actorKey, String name, long id) {
        contactIds.put(actorKey + "/" + name, id);
    }

    /** The id of an actor's contact person, or null when the actor has none by that name. */
    Long contact(String actorKey, String name) {
        return contactIds.get(actorKey + "/" + name);
    }

    /** Remembers the person who speaks for an actor in the demo minutes. */
    void person(String actorKey, String name) {
        people.putIfAbsent(actorKey, name);
    }

    /** The person who speaks for an actor in the demo minutes, or null when none was named. */
    String person(String actorKey) {
        return people.get(actorKey);
    }

    int areaCount() {
        return areas.size();
    }

    int actorCount() {
        return actors.size();
    }

    int groupCount() {
        return groups.size();
    }

    private static long get(Map<String, Long> map, String key, String what) {
        Long id = map.get(key);
        if (id == null) {
            // a typo in the demo data set, not something a user can cause
            throw new IllegalStateException("demo data refers to an unknown " + what + ": " + key);
        }
        return id;
    }
}
