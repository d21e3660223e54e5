package dev.ibtrading.replay;

import java.util.List;
import java.util.Locale;

/**
 * The equity curve as one self-contained HTML page: an inline SVG line of NetLiquidation at each
 * close, the starting cash as a dashed line, the range's dates and values on the axes. No script,
 * no external resource.
 */
final class EquityChart {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 360;
  private static final int LEFT = 90;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;

  private EquityChart() {}

  static String html(ReplayResult result) {
    List<EquityPoint> curve = result.equity();
    double start = result.startingCash().doubleValue();
    double min = start;
    double max = start;
    for (EquityPoint p : curve) {
      min = Math.min(min, p.netLiquidation().doubleValue());
      max = Math.max(max, p.netLiquidation().doubleValue());
    }
    if (max - min < 1e-9) {
      max = min + 1;
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < curve.size(); i++) {
      double x = x(i, curve.size());
      double y = y(curve.get(i).netLiquidation().doubleValue(), min, max);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    ReplayOptions o = result.options();
    String title = "Replay " + o.from() + " to " + o.to();
    String first = curve.isEmpty() ? "" : curve.get(0).date().toString();
    String last = curve.isEmpty() ? "" : curve.get(curve.size() - 1).date().toString();
    double base = y(start, min, max);
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title>\n<style>body{font:14px sans-serif;margin:24px}"
        + "svg text{font:12px sans-serif}</style></head><body>\n<h1>"
        + title
        + "</h1>\n<p>"
        + String.format(
            Locale.ROOT,
            "Total return %+.2f %%, max drawdown %.2f %%, %d trades, commissions %.2f USD.",
            result.performance().totalReturn() * 100,
            result.performance().maxDrawdown() * 100,
            result.executions().size(),
            result.commissions().doubleValue())
        + "</p>\n"
        + String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"equity curve\">\n"
                + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#ccc\"/>\n"
                + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\""
                + " stroke-dasharray=\"4 4\"/>\n"
                + "<polyline fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"1.5\""
                + " points=\"%s\"/>\n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>\n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>\n"
                + "<text x=\"%d\" y=\"%d\">%s</text>\n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n</svg>\n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            LEFT,
            TOP,
            WIDTH - LEFT - RIGHT,
            HEIGHT - TOP - BOTTOM,
            LEFT,
            base,
            WIDTH - RIGHT,
            base,
            points.toString().strip(),
            LEFT - 6,
            TOP + 12,
            max,
            LEFT - 6,
            HEIGHT - BOTTOM,
            min,
            LEFT,
            HEIGHT - BOTTOM + 18,
            first,
            WIDTH - RIGHT,
            HEIGHT - BOTTOM + 18,
            last)
        + "</body></html>\n";
  }

  private static double x(int index, int count) {
    double span = WIDTH - LEFT - RIGHT;
    return LEFT + (count < 2 ? span / 2 : span * index / (count - 1));
  }

  private static double y(double value, double min, double max) {
    double span = HEIGHT - TOP - BOTTOM;
    return TOP + span * (max - value) / (max - min);
  }
}
