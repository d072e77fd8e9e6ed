package id.meritasn.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a document's template (Thymeleaf, XHTML) to PDF with openhtmltopdf. The DejaVu fonts (from
 * jasperreports-fonts) are embedded, so the text reads the same on any machine and covers Indonesian. The wording of
 * a template comes from the properties files beside it ({@code name.properties} Indonesian, {@code name_en.properties}
 * English), so it can be adjusted without touching code; the page frame (header, footer with page numbers, the
 * verification block) is {@code document/templates/frame.html}.
 * <p>
 * A long appendix (the members of a 60,000-employee map) is rendered part by part into the same PDF, whose streams
 * wait in a temporary file: openhtmltopdf lays out a whole document before it paints, so one part at a time bounds the
 * memory. Page numbers then run across the parts and are stamped on at the end.
 */
@Component
class PdfRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MM = 72f / 25.4f;

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

    /**
     * The document, then each part of its appendix (the appendix template with the part as {@code part}), in one PDF;
     * with no parts, the document alone with the frame's own page numbers.
     */
    void pdf(
            String template,
            Map<String, Object> variables,
            Locale locale,
            @Nullable String appendixTemplate,
            List<Map<String, Object>> parts,
            OutputStream out) {
        try {
            if (parts.isEmpty() || appendixTemplate == null) {
                PdfRendererBuilder builder = builder(html(template, variables, locale));
                builder.toStream(out);
                builder.run();
                return;
            }
            Map<String, Object> stamped = new HashMap<>(variables);
            stamped.put("stampPages", true);
            try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                // the fonts loaded once for every part: each part's own copy stayed in memory until the save
                PDType0Font regular = load(document, "DejaVuSans.ttf");
                PDType0Font bold = load(document, "DejaVuSans-Bold.ttf");
                append(document, html(template, stamped, locale), regular, bold);
                for (Map<String, Object> part : parts) {
                    Map<String, Object> withPart = new HashMap<>(stamped);
                    withPart.put("part", part);
                    append(document, html(appendixTemplate, withPart, locale), regular, bold);
                }
                stampPageNumbers(document, regular, locale.getLanguage().equals("en") ? "Page" : "Halaman");
                document.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(PDDocument document, String html, PDType0Font regular, PDType0Font bold)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(new PDFontSupplier(regular), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(bold), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.usePDDocument(document);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
        }
    }

    /** "Halaman i / n" at the right of each page's footer, across every part. */
    private static void stampPageNumbers(PDDocument document, PDType0Font font, String label) throws IOException {
        int pages = document.getNumberOfPages();
        int page = 0;
        for (PDPage each : document.getPages()) {
            page++;
            String text = label + " " + page + " / " + pages;
            float width = font.getStringWidth(text) / 1000f * 7f;
            try (PDPageContentStream content =
                    new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(font, 7f);
                content.newLineAtOffset(each.getMediaBox().getWidth() - 14 * MM - width, 12 * MM);
                content.showText(text);
                content.endText();
            }
        }
    }

    private static PDType0Font load(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
            return PDType0Font.load(document, in, true);
        }
    }

    private static PdfRendererBuilder builder(String html) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        builder.withHtmlContent(html, null);
        return builder;
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        builder.useFont(
                () -> PdfRenderer.class.getResourceAsStream(FONTS + file),
                "DejaVu Sans",
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }
}
