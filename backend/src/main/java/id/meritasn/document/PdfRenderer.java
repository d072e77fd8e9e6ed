package id.meritasn.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

/**
 * Renders a document's template (Thymeleaf, XHTML) to PDF with openhtmltopdf. The DejaVu fonts (from
 * jasperreports-fonts) are embedded, so the text reads the same on any machine and covers Indonesian. The wording of
 * a template comes from the properties files beside it ({@code name.properties} Indonesian, {@code name_en.properties}
 * English), so it can be adjusted without touching code; the page frame (header, footer with page numbers, the
 * verification block) is {@code document/templates/frame.html}.
 */
@Component
class PdfRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final TemplateEngine templates = new TemplateEngine();

    static {
        // openhtmltopdf reports every font load and render at INFO on the console; its warnings are what matter
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** The template filled in with the model and the frame's variables, as XHTML. */
    String html(String template, Map<String, Object> variables, Locale locale) {
        return templates.process(template, new Context(locale, variables));
    }

    void pdf(String template, Map<String, Object> variables, Locale locale, OutputStream out) {
        String html = html(template, variables, locale);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400);
            font(builder, "DejaVuSans-Bold.ttf", 700);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + file), "DejaVu Sans", weight,
                BaseRendererBuilder.FontStyle.NORMAL, true);
    }
}
