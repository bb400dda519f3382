package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Catalogues;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The 3W data as HXL-tagged CSV (Humanitarian Exchange Language): a header row of names, a row of
 * HXL hashtags, then one row per measure, municipality and theme. Comma-separated UTF-8 as HXL
 * tools read it (ADR 0008); only active measures of public programmes are in it.
 */
@Component
public class HxlExport {

    static final List<String> HEADER = List.of(
            "Organisation",
            "Organisation type",
            "Partners",
            "Region code",
            "Region",
            "Municipality code",
            "Municipality",
            "Theme",
            "Activity",
            "Activity id",
            "Emphasis",
            "Target groups",
            "Start",
            "End",
            "Status");
    static final List<String> TAGS = List.of(
            "#org+name",
            "#org+type",
            "#org+partner",
            "#adm1+code",
            "#adm1+name",
            "#adm2+code",
            "#adm2+name",
            "#sector",
            "#activity+name",
            "#activity+code",
            "#activity+type",
            "#beneficiary+type",
            "#date+start",
            "#date+end",
            "#status");

    private final CoverageService coverage;
    private final Areas areas;
    private final Catalogues catalogues;

    HxlExport(CoverageService coverage, Areas areas, Catalogues catalogues) {
        this.coverage = coverage;
        this.areas = areas;
        this.catalogues = catalogues;
    }

    public void write(CoverageService.Filter filter, OutputStream out) throws IOException {
        AreaView region = coverage.region(filter.region());
        List<AreaView> municipalities = areas.within(Long.valueOf(region.id()), AreaType.MUNICIPALITY);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, HEADER);
        line(w, TAGS);
        var reach = coverage.reach(filter);
        for (MeasureRow m : coverage.filtered(filter)) {
            for (AreaView a : municipalities) {
                if (!reach.test(m, a)) {
                    continue;
                }
                for (String theme : m.themes()) {
                    line(
                            w,
                            List.of(
                                    m.actorName(),
                                    catalogues.label("sectors", m.actorSector()),
                                    "",
                                    region.code(),
                                    region.name(),
                                    a.code(),
                                    a.name(),
                                    catalogues.label("themes", theme),
                                    m.title(),
                                    String.valueOf(m.id()),
                                    m.emphasis(),
                                    String.join(
                                            "|",
                                            m.targetGroups().stream()
                                                    .map(g -> catalogues.label("target-groups", g))
                                                    .toList()),
                                    m.startDate() == null ? "" : m.startDate().toString(),
                                    m.endDate() == null ? "" : m.endDate().toString(),
                                    m.status()));
                }
            }
        }
        w.flush();
    }

    private static void line(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String v = values.get(i) == null ? "" : values.get(i);
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            w.write(v);
        }
        w.write("\r\n");
    }
}
