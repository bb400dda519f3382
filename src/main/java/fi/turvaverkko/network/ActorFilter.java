package fi.turvaverkko.network;

/**
 * The filters of the actor list: a text in the name, a sector, a level, an area by code (the areas
 * below it included) and whether the actor is an authority. Every one may be left out; the list
 * holds active actors only.
 */
public record ActorFilter(String text, String sector, String level, String area, Boolean authority) {

    /** The actors homed in an area and the areas below it. */
    public static ActorFilter inArea(String areaCode) {
        return new ActorFilter(null, null, null, areaCode, null);
    }
}
