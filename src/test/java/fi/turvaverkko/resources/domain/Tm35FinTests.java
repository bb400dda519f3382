package fi.turvaverkko.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conversion against points computed with PROJ 9 ({@code cs2cs EPSG:4326 EPSG:3067}), across
 * Finland from the south-west to the far north and east: within a centimetre both ways.
 */
class Tm35FinTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Rovaniemi, 66.5039, 25.7294, 443475.103, 7376652.829",
        "Helsinki, 60.1699, 24.9384, 385611.317, 6672118.380",
        "Utsjoki, 69.9068, 27.0283, 501085.069, 7755480.020",
        "Ahvenanmaa, 59.8, 20.0, 107686.087, 6649889.352",
        "Salla east, 68.0, 31.0, 667121.466, 7548275.970",
        "Central meridian at the equator, 0.0, 27.0, 500000.000, 0.000"
    })
    void convertsLikeProj(String place, double lat, double lon, double easting, double northing) {
        Tm35Fin.GridPoint p = Tm35Fin.toGrid(lat, lon);
        assertThat(p.easting()).as("easting of %s", place).isCloseTo(easting, within(0.01));
        assertThat(p.northing()).as("northing of %s", place).isCloseTo(northing, within(0.01));

        Tm35Fin.LatLon back = Tm35Fin.toWgs84(easting, northing);
        assertThat(back.lat()).as("latitude of %s", place).isCloseTo(lat, within(1e-7));
        assertThat(back.lon()).as("longitude of %s", place).isCloseTo(lon, within(1e-7));
    }
}
