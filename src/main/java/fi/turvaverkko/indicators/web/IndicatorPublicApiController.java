package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorValues;
import fi.turvaverkko.indicators.domain.Indicators;
import fi.turvaverkko.platform.PublicLink;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data under {@code /api/v1/public}: the definitions and values of the indicators marked
 * public, for anyone without a login (docs/rights.md: "public indicators").
 */
@RestController
@RequestMapping("/api/v1/public")
class IndicatorPublicApiController {

    private final Indicators indicators;
    private final IndicatorValues values;

    IndicatorPublicApiController(Indicators indicators, IndicatorValues values) {
        this.indicators = indicators;
        this.values = values;
    }

    @GetMapping("/indicators")
    PageResult<IndicatorView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return indicators.listPublic(q, PageParams.of(page, size, null));
    }

    /** The values of public indicators as CSV (or XLSX) in the columns of the import. */
    @GetMapping("/indicator-values")
    void values(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            @RequestParam(required = false) String format,
            HttpServletResponse response)
            throws IOException {
        TabularFormat f = TabularFormat.of(format);
        IndicatorValues.Filter filter = new IndicatorValues.Filter(indicator, area, within, year, fromYear, toYear);
        values.checkPublic(filter);
        response.setContentType(f.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicator-values." + f.extension() + "\"");
        values.exportPublic(filter, f, response.getOutputStream());
    }

    @Bean
    static PublicLink publicIndicatorsLink() {
        return new PublicLink(
                40,
                "/api/v1/public/indicator-values?within=19",
                "indicator.public.link",
                "indicator.public.description");
    }
}
