package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A PDF holds the text in the reader's language, with Finnish, Swedish and Sámi letters in an embedded font. */
@IntegrationTest
class PdfRendererTests {

    @Autowired
    PdfRenderer pdf;

    @Test
    void rendersWithEmbeddedFontsAndEveryLetter() throws Exception {
        String sami = "Čáhcegáddi – đ ŋ š ŧ ž – Åland, Äkäslompolo, Öljytankki";
        byte[] bytes = pdf.render(
                "test/pdf-sample",
                Map.of("title", "Tilannekatsaus 1/2027", "marking", "SALASSA PIDETTÄVÄ", "text", sami),
                Locale.forLanguageTag("sv"));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Tilannekatsaus 1/2027").contains(sami).contains("SALASSA PIDETTÄVÄ");
            // the message in the reader's language
            assertThat(text).contains("Aktörer");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }
}
