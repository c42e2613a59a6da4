package dk.servicelevel.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The overload curve: offered load against what is answered and refused per class, and the guaranteed p95. */
final class OverloadCurve {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;

    /** One load: the multiple of the admitted load offered, and what came of it a second per class. */
    record Point(double multiple, double offered, double guaranteedAnswered, double bestEffortAnswered, double bestEffortRefused,
            double guaranteedP95Millis) {
    }

    private OverloadCurve() {
    }

    static Path write(List<Point> points, Path file) throws IOException {
        XYSeries guaranteed = new XYSeries("guaranteed answered /s");
        XYSeries answered = new XYSeries("best-effort answered /s");
        XYSeries refused = new XYSeries("best-effort refused (429) /s");
        XYSeries p95 = new XYSeries("guaranteed p95 (ms, right axis)");
        for (Point point : points) {
            guaranteed.add(point.multiple(), point.guaranteedAnswered());
            answered.add(point.multiple(), point.bestEffortAnswered());
            refused.add(point.multiple(), point.bestEffortRefused());
            p95.add(point.multiple(), point.guaranteedP95Millis());
        }
        XYSeriesCollection rates = new XYSeriesCollection();
        rates.addSeries(guaranteed);
        rates.addSeries(answered);
        rates.addSeries(refused);
        XYPlot plot = new XYPlot(rates, new NumberAxis("offered load, multiple of the admitted load"), new NumberAxis("requests a second"),
                renderer(new Color(0x1f5f8b), new Color(0x4c9a2a), new Color(0xc0392b)));
        plot.setDataset(1, new XYSeriesCollection(p95));
        NumberAxis millis = new NumberAxis("guaranteed p95, ms");
        plot.setRangeAxis(1, millis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer(Color.DARK_GRAY));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Test sessions under overload: booked clicks at half the admitted load, unbooked on top",
                JFreeChart.DEFAULT_TITLE_FONT.deriveFont(14f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }

    private static XYLineAndShapeRenderer renderer(Color... colours) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int series = 0; series < colours.length; series++) {
            renderer.setSeriesPaint(series, colours[series]);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        return renderer;
    }
}
