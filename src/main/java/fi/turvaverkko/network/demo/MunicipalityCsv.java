package fi.turvaverkko.network.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the municipality list that ships in {@code data/lapland-municipalities.csv}. */
final class MunicipalityCsv {

    private MunicipalityCsv() {}

    static List<DemoMunicipality> parse(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<DemoMunicipality> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(reader)) {
            for (CSVRecord r : parser) {
                rows.add(new DemoMunicipality(
                        r.get("code"),
                        r.get("name_fi"),
                        orNull(r.get("name_sv")),
                        orNull(r.get("name_se")),
                        r.get("subregion"),
                        Double.parseDouble(r.get("lat")),
                        Double.parseDouble(r.get("lon")),
                        Integer.parseInt(r.get("population")),
                        Boolean.parseBoolean(r.get("population_exact"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
