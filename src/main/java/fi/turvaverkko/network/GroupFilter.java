package fi.turvaverkko.network;

/**
 * The filters of the group list: a text in the name, a kind, an area by code (the areas below it
 * included), the owner actor and a member actor (ids). Every one may be left out.
 */
public record GroupFilter(String text, String kind, String area, String ownerActorId, String memberActorId) {

    /** The groups of an area and the areas below it. */
    public static GroupFilter inArea(String areaCode) {
        return new GroupFilter(null, null, areaCode, null, null);
    }

    /** The groups an actor is a member of. */
    public static GroupFilter withMember(String actorId) {
        return new GroupFilter(null, null, null, null, actorId);
    }
}
