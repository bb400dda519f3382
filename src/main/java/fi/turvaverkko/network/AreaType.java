package fi.turvaverkko.network;

/** The levels of areas (docs/contract.md). */
public enum AreaType {
    COUNTRY,
    REGION,
    SUBREGION,
    MUNICIPALITY
}
