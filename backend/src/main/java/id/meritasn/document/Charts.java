package id.meritasn.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/** Charts for documents, drawn with JFreeChart and handed to a template as PNG data URIs. */
public final class Charts {

    private Charts() {}

    /** A radar chart of scores 0-100 by name (the talent card's six aspects), in the order given. */
    public static String radar(Map<String, Double> scores, int size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        scores.forEach((name, score) -> data.addValue(score, "skor", name));
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(100);
        plot.setSeriesPaint(0, new Color(0x16, 0x76, 0xF3));
        plot.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = chart.createBufferedImage(size, size);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
