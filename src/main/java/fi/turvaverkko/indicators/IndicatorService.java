package fi.turvaverkko.indicators;

import fi.turvaverkko.indicators.domain.Indicators;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The indicators as other modules read them: every definition, public or not, for those who work
 * with them (the analysis finds stale data and trends by them). Values and trends are read in SQL
 * through the view {@code indicators.v_indicator_trend}.
 */
@Service
public class IndicatorService {

    private final Indicators indicators;

    IndicatorService(Indicators indicators) {
        this.indicators = indicators;
    }

    /** Every indicator, by code. */
    public List<IndicatorView> all() {
        return indicators.all();
    }
}
