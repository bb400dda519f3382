package fi.turvaverkko.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.DomainException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV and XLSX written and read back the same; CSV as Finnish Excel writes and reads it. */
class TablesTests {

    static final List<String> HEADER = List.of("title", "cost", "startDate", "areaCode");
    static final List<Object> ROW = Arrays.asList(
            "Kotitapaturmien ehkäisy; ikääntyneet", new BigDecimal("12500.50"), LocalDate.of(2027, 1, 15), "047");

    byte[] write(TabularFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = Tables.writer(format, out, "Toimenpiteet")) {
            w.header(HEADER);
            w.row(ROW);
        }
        return out.toByteArray();
    }

    @Test
    void csvIsWhatFinnishExcelOpens() throws Exception {
        String csv = new String(write(TabularFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtitle;cost;startDate;areaCode\r\n");
        assertThat(csv).contains("\"Kotitapaturmien ehkäisy; ikääntyneet\";12500,5;2027-01-15;047");
    }

    @Test
    void bothFormatsReadBackTheSameValues() throws Exception {
        for (TabularFormat f : TabularFormat.values()) {
            TabularData data = Tables.read(write(f));
            assertThat(data.columns()).as(f.name()).isEqualTo(HEADER);
            TabularData.Row row = data.rows().get(0);
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get("title")).isEqualTo("Kotitapaturmien ehkäisy; ikääntyneet");
            assertThat(new BigDecimal(row.get("cost").replace(',', '.'))).isEqualByComparingTo("12500.5");
            assertThat(row.get("startDate")).isEqualTo("2027-01-15");
            assertThat(row.get("areaCode")).isEqualTo("047");
        }
    }

    @Test
    void commasAndNoBomAreReadToo() {
        TabularData data = Tables.read("title,areaCode\nA,698\n\nB,240\n".getBytes(StandardCharsets.UTF_8));
        assertThat(data.rows()).hasSize(2);
        assertThat(data.rows().get(1).get("areaCode")).isEqualTo("240");
    }

    @Test
    void aFormulaIsNeverRunByExcel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = Tables.writer(TabularFormat.CSV, out, "x")) {
            w.header(List.of("title"));
            w.row(List.of("=HYPERLINK(\"http://x\")"));
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Tables.read(out.toByteArray()).rows().get(0).get("title")).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void otherFilesAreRefusedAsTheWrongType() {
        byte[] pdf = "%PDF-1.4 \u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Tables.read(pdf))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).status())
                .isEqualTo(415);
    }
}
