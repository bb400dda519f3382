package fi.turvaverkko.indicators.domain;

import static fi.turvaverkko.platform.CatalogueEntry.builtIn;

import fi.turvaverkko.platform.Catalogues;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The indicators' catalogues: units of measure and sources of data, which a region may extend. */
@Component
@Order(14)
public class IndicatorCatalogues implements ApplicationRunner {

    public static final String UNITS = "indicator-units";
    public static final String SOURCES = "indicator-sources";

    public static final List<String> POLARITIES = List.of("HIGHER_IS_BETTER", "HIGHER_IS_WORSE");
    public static final List<String> KINDS = List.of("CURRENT_STATE", "LEADING");

    /** The unit whose values must lie between 0 and 100. */
    public static final String PERCENT = "PERCENT";

    private final Catalogues catalogues;

    IndicatorCatalogues(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogues.ensure(
                UNITS,
                List.of(
                        builtIn("PER_1000", "/ 1 000 asukasta", "/ 1 000 invånare", "per 1,000 residents"),
                        builtIn("PER_10000", "/ 10 000 asukasta", "/ 10 000 invånare", "per 10,000 residents"),
                        builtIn("PER_100000", "/ 100 000 asukasta", "/ 100 000 invånare", "per 100,000 residents"),
                        builtIn(PERCENT, "% (prosenttia)", "% (procent)", "% (per cent)"),
                        builtIn("INDEX", "indeksi", "index", "index"),
                        builtIn("COUNT", "lukumäärä", "antal", "count"),
                        builtIn("EUR_PER_RESIDENT", "€ / asukas", "€ / invånare", "€ per resident")));
        catalogues.ensure(
                SOURCES,
                List.of(
                        builtIn("SOTKANET", "Sotkanet (THL)", "Sotkanet (THL)", "Sotkanet (THL)"),
                        builtIn("STATISTICS_FINLAND", "Tilastokeskus", "Statistikcentralen", "Statistics Finland"),
                        builtIn("POLICE", "Poliisi (PolStat)", "Polisen (PolStat)", "Police (PolStat)"),
                        builtIn(
                                "RESCUE_SERVICES",
                                "Pelastustoimen tilastot (Pronto)",
                                "Räddningsväsendets statistik (Pronto)",
                                "Rescue services statistics (Pronto)"),
                        builtIn("OWN", "Alueen oma seuranta", "Regionens egen uppföljning", "The region's own data")));
    }
}
