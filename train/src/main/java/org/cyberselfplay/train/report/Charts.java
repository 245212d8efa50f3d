package org.cyberselfplay.train.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The house style of the run plots: size, fonts, colours, and PNG output. */
final class Charts {
    static {
        // Rendering PNGs must work on machines without a display (servers, CI): no AWT window is ever opened.
        // Set before anything below touches AWT; an explicit -Djava.awt.headless=... wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final int WIDTH = 800;
    static final int HEIGHT = 500;
    /** Above this many points a line carries no markers: they would hide it. */
    private static final int MAX_MARKED_POINTS = 30;

    /** Distinguishable colours (Tableau 20 order: strong tones first, then their light partners). */
    static final Color[] PALETTE = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207), new Color(174, 199, 232), new Color(255, 187, 120),
        new Color(152, 223, 138), new Color(255, 152, 150), new Color(197, 176, 213), new Color(196, 156, 148),
        new Color(247, 182, 210), new Color(199, 199, 199), new Color(219, 219, 141), new Color(158, 218, 229),
    };

    private Charts() {
    }

    /** An empty line chart with titles, legend and readable fonts. */
    static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        XYStyler s = chart.getStyler();
        s.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setSeriesColors(PALETTE);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setPlotBorderVisible(false);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setMarkerSize(6);
        s.setChartPadding(12);
        s.setXAxisDecimalPattern("#,##0.##");
        s.setYAxisDecimalPattern("0.######");
        s.setYAxisTickMarkSpacingHint(60);
        return chart;
    }

    /** Adds a solid line, with markers when there are few points. */
    static XYSeries line(XYChart chart, String name, Series data) {
        XYSeries series = chart.addSeries(name, data.x(), data.y());
        series.setLineWidth(2f);
        if (data.size() > MAX_MARKED_POINTS) {
            series.setMarker(SeriesMarkers.NONE);
        } else {
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        return series;
    }

    /** Adds a dashed line in {@code color}, for a reference curve drawn next to the main ones. */
    static XYSeries dashed(XYChart chart, String name, Series data, Color color) {
        XYSeries series = line(chart, name, data);
        series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {8f, 5f}, 0f));
        series.setLineColor(color);
        series.setMarkerColor(color);
        return series;
    }

    /**
     * Adds a translucent area in {@code color} between {@code low} and {@code high} over {@code x}: one polygon
     * along the upper edge forwards and the lower edge back.
     */
    static XYSeries band(XYChart chart, String name, double[] x, double[] low, double[] high, Color color) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = high[i];
            px[n + i] = x[n - 1 - i];
            py[n + i] = low[n - 1 - i];
        }
        XYSeries area = chart.addSeries(name, px, py);
        area.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        area.setFillColor(translucent(color, 60));
        area.setLineColor(translucent(color, 60));
        area.setMarker(SeriesMarkers.NONE);
        return area;
    }

    /** {@code color} with opacity {@code alpha} in [0, 255]. */
    static Color translucent(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** Renders {@code chart} as PNG and writes it atomically to {@code file}. */
    static Path save(XYChart chart, Path file) {
        try {
            return AtomicFiles.write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + file + ": " + e.getMessage(), e);
        }
    }
}
