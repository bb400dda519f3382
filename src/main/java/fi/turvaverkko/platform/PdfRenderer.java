package fi.turvaverkko.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * PDF from the same Thymeleaf HTML as the pages: a module renders its own report template in the
 * reader's language; the fonts (DejaVu Sans, shipped with the application) cover Finnish, Swedish
 * and Sámi letters, and are embedded in every PDF.
 */
@Component
public class PdfRenderer {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversion;

    PdfRenderer(ITemplateEngine templates, ApplicationContext context, ConversionService mvcConversionService) {
        this.templates = templates;
        this.context = context;
        this.conversion = mvcConversionService;
    }

    /**
     * The HTML of a report template, as the PDF will show it. The report's language is also the
     * current one while it is written, so that helpers such as {@code @time} write in it.
     */
    public String html(String template, Map<String, Object> model, Locale locale) {
        Context ctx = new Context(locale, model);
        ctx.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversion));
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return templates.process(template, ctx);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
        String html = html(template, model, locale);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FONT, 400, FontStyle.ITALIC, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(template, model, locale, out);
        return out.toByteArray();
    }

    private static java.io.InputStream font(String name) {
        return PdfRenderer.class.getResourceAsStream("/fonts/" + name);
    }
}
