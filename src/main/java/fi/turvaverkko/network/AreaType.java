package fi.turvaverkko.network;

/** The levels of areas (API.md). */
public enum AreaType {
    COUNTRY,
    REGION,
    SUBREGION,
    MUNICIPALITY
}
