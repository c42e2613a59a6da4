package dk.servicelevel.report.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Goal;
import dk.servicelevel.report.rendering.ReportLayout.Series;

/** Draws plots with JFreeChart as PNG images: embedded as data URIs in a report's HTML and PDF, served on the status page. */
public final class ChartImages {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 320;
    private static final Color GOAL_COLOUR = new Color(0xB0, 0x1E, 0x1E);
    private static final float GOAL_LINE_WIDTH = 1.5f;
    /** Availability plots show each goal line and every month, up to a little over 100 %. */
    private static final double PERCENT_CEILING = 100.05;
    private static final double MARGIN = 0.25;

    private ChartImages() {
    }

    static String dataUri(Chart chart) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart));
    }

    public static byte[] png(Chart chart) {
        JFreeChart drawn = draw(chart);
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(png, drawn, WIDTH, HEIGHT);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart draw(Chart chart) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                Number value = series.values().get(i);
                dataset.addValue(value, series.name(), chart.categories().get(i));
            }
        }
        JFreeChart drawn = chart.kind() == Chart.Kind.LINE
                ? ChartFactory.createLineChart(chart.title(), null, chart.valueAxis(), dataset, PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), dataset, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = drawn.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        for (Goal goal : chart.goals()) {
            ValueMarker line = new ValueMarker(goal.value().doubleValue(), GOAL_COLOUR, new BasicStroke(GOAL_LINE_WIDTH));
            line.setLabel(goal.label());
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line);
        }
        if (!chart.goals().isEmpty()) {
            double lower = chart.series().stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                    .mapToDouble(Number::doubleValue).min().orElse(Double.MAX_VALUE);
            for (Goal goal : chart.goals()) {
                lower = Math.min(lower, goal.value().doubleValue());
            }
            ((NumberAxis) plot.getRangeAxis()).setRange(lower - (PERCENT_CEILING - lower) * MARGIN, PERCENT_CEILING);
        }
        return drawn;
    }
}
