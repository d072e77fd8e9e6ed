package id.meritasn.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** What a rendered PDF page shows, for tests of documents: how much of it is ink. */
public final class PdfPages {

    private PdfPages() {}

    /** Pixels darker than mid-grey on the page rendered at 50 dpi: a blank page has none. */
    public static int darkPixels(PDDocument pdf, int page) throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 50);
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
