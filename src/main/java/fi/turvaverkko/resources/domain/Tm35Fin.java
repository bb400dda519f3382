package fi.turvaverkko.resources.domain;

/**
 * ETRS-TM35FIN (EPSG:3067), the Finnish authorities' grid: a transverse Mercator projection of the
 * GRS80 ellipsoid with central meridian 27° E, scale 0.9996 and false easting 500 000 m. The series
 * are Krüger's as given in JHS 197, accurate to well under a millimetre inside Finland.
 */
public final class Tm35Fin {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101;
    private static final double K0 = 0.9996;
    private static final double LON0 = Math.toRadians(27);
    private static final double E0 = 500000;

    private static final double N = F / (2 - F);
    private static final double A1 = A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    private static final double[] H = {
        N / 2 - 2 * N * N / 3 + 5 * N * N * N / 16 + 41 * N * N * N * N / 180,
        13 * N * N / 48 - 3 * N * N * N / 5 + 557 * N * N * N * N / 1440,
        61 * N * N * N / 240 - 103 * N * N * N * N / 140,
        49561 * N * N * N * N / 161280
    };
    private static final double[] H_INV = {
        N / 2 - 2 * N * N / 3 + 37 * N * N * N / 96 - N * N * N * N / 360,
        N * N / 48 + N * N * N / 15 - 437 * N * N * N * N / 1440,
        17 * N * N * N / 480 - 37 * N * N * N * N / 840,
        4397 * N * N * N * N / 161280
    };

    private Tm35Fin() {}

    /** A point of the grid, in metres. */
    public record GridPoint(double easting, double northing) {}

    /** A WGS 84 (in practice ETRS89) latitude and longitude in degrees. */
    public record LatLon(double lat, double lon) {}

    public static GridPoint toGrid(double latDeg, double lonDeg) {
        double phi = Math.toRadians(latDeg);
        double lambda = Math.toRadians(lonDeg) - LON0;
        double q = asinh(Math.tan(phi)) - E * atanh(E * Math.sin(phi));
        double beta = Math.atan(Math.sinh(q));
        double eta0 = atanh(Math.cos(beta) * Math.sin(lambda));
        double xi0 = Math.asin(Math.sin(beta) * Math.cosh(eta0));
        double xi = xi0;
        double eta = eta0;
        for (int j = 0; j < 4; j++) {
            int k = 2 * (j + 1);
            xi += H[j] * Math.sin(k * xi0) * Math.cosh(k * eta0);
            eta += H[j] * Math.cos(k * xi0) * Math.sinh(k * eta0);
        }
        return new GridPoint(E0 + A1 * eta * K0, A1 * xi * K0);
    }

    public static LatLon toWgs84(double easting, double northing) {
        double xi = northing / (A1 * K0);
        double eta = (easting - E0) / (A1 * K0);
        double xi0 = xi;
        double eta0 = eta;
        for (int j = 0; j < 4; j++) {
            int k = 2 * (j + 1);
            xi0 -= H_INV[j] * Math.sin(k * xi) * Math.cosh(k * eta);
            eta0 -= H_INV[j] * Math.cos(k * xi) * Math.sinh(k * eta);
        }
        double beta = Math.asin(Math.sin(xi0) / Math.cosh(eta0));
        double lambda = Math.asin(Math.tanh(eta0) / Math.cos(beta));
        double q = asinh(Math.tan(beta));
        double qq = q + E * atanh(E * Math.tanh(q));
        for (int i = 0; i < 6; i++) {
            qq = q + E * atanh(E * Math.tanh(qq));
        }
        double phi = Math.atan(Math.sinh(qq));
        return new LatLon(Math.toDegrees(phi), Math.toDegrees(lambda + LON0));
    }

    /** Distance in kilometres between two grid points. */
    public static double distanceKm(GridPoint a, GridPoint b) {
        return Math.hypot(a.easting() - b.easting(), a.northing() - b.northing()) / 1000;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
