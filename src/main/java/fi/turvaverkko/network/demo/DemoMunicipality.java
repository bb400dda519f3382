package fi.turvaverkko.network.demo;

/** One row of {@code data/lapland-municipalities.csv}: a municipality with its names, sub-region and population. */
record DemoMunicipality(
        String code,
        String nameFi,
        String nameSv,
        String nameSe,
        String subregion,
        double lat,
        double lon,
        int population,
        boolean populationExact) {}
