package dev.ibtrading.replay.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A time chart as inline SVG, written here rather than by a charting library so that the report
 * stays one printable file without a script: lines over calendar dates, horizontal grid lines with
 * the values' labels, month or year ticks on the time axis. A line may fill the area between itself
 * and zero (the underwater chart).
 *
 * @param width in CSS pixels
 * @param height in CSS pixels
 * @param label what the chart shows, for screen readers
 * @param yLabel how a value on the vertical axis is written
 */
record SvgChart(int width, int height, String label, DoubleFunction<String> yLabel) {
  private static final int LEFT = 78;
  private static final int RIGHT = 16;
  private static final int TOP = 12;
  private static final int BOTTOM = 28;
  private static final int GRID_LINES = 5;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

  /**
   * One line.
   *
   * @param points in date order
   * @param colour CSS colour of the line (and of its area, lighter)
   * @param area fill between the line and zero
   * @param dashed draw it dashed
   */
  record Line(List<ValuePoint> points, String colour, boolean area, boolean dashed) {}

  /** The SVG element; {@code zero} includes 0 in the value range. */
  String svg(List<Line> lines, boolean zero) {
    LocalDate first = null;
    LocalDate last = null;
    double min = zero ? 0 : Double.POSITIVE_INFINITY;
    double max = zero ? 0 : Double.NEGATIVE_INFINITY;
    for (Line line : lines) {
      for (ValuePoint p : line.points()) {
        first = first == null || p.date().isBefore(first) ? p.date() : first;
        last = last == null || p.date().isAfter(last) ? p.date() : last;
        min = Math.min(min, p.value());
        max = Math.max(max, p.value());
      }
    }
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" role=\"img\" aria-label=\"%s\">\n",
            width,
            height,
            width,
            height,
            ReportHtml.escape(label)));
    if (first == null) {
      return svg.append("</svg>\n").toString();
    }
    if (max - min < 1e-12) {
      max = min + Math.max(Math.abs(min) * 0.01, 1e-6);
    }
    Scale scale = new Scale(first, last, min, max);
    grid(svg, scale);
    timeTicks(svg, scale);
    for (Line line : lines) {
      line(svg, scale, line);
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#8c959f\"/>\n",
            LEFT,
            TOP,
            width - LEFT - RIGHT,
            height - TOP - BOTTOM));
    return svg.append("</svg>\n").toString();
  }

  private void grid(StringBuilder svg, Scale scale) {
    for (int i = 0; i <= GRID_LINES; i++) {
      double value = scale.min + (scale.max - scale.min) * i / GRID_LINES;
      double y = scale.y(value);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eaeef2\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"axis\">%s</text>\n",
              LEFT,
              y,
              width - RIGHT,
              y,
              LEFT - 6,
              y + 4,
              ReportHtml.escape(yLabel.apply(value))));
    }
  }

  private void timeTicks(StringBuilder svg, Scale scale) {
    YearMonth start = YearMonth.from(scale.first);
    YearMonth end = YearMonth.from(scale.last);
    long months = start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
    int step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 24 ? 3 : months <= 48 ? 6 : 12;
    for (YearMonth m = start.plusMonths(1); !m.isAfter(end); m = m.plusMonths(1)) {
      if ((m.getMonthValue() - 1) % step != 0) {
        continue;
      }
      double x = scale.x(m.atDay(1));
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eaeef2\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"axis\">%s</text>\n",
              x,
              TOP,
              x,
              height - BOTTOM,
              x,
              height - BOTTOM + 16,
              m.format(MONTH)));
    }
  }

  private void line(StringBuilder svg, Scale scale, Line line) {
    StringBuilder points = new StringBuilder();
    for (ValuePoint p : line.points()) {
      points.append(
          String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(p.date()), scale.y(p.value())));
    }
    String path = points.toString().strip();
    if (line.area() && !line.points().isEmpty()) {
      double zeroY = scale.y(0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<polygon fill=\"%s\" fill-opacity=\"0.3\" stroke=\"none\" points=\"%.1f,%.1f %s"
                  + " %.1f,%.1f\"/>\n",
              line.colour(),
              scale.x(line.points().get(0).date()),
              zeroY,
              path,
              scale.x(line.points().get(line.points().size() - 1).date()),
              zeroY));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>\n",
            line.colour(),
            line.dashed() ? " stroke-dasharray=\"6 4\"" : "",
            path));
  }

  private final class Scale {
    final LocalDate first;
    final LocalDate last;
    final double min;
    final double max;

    Scale(LocalDate first, LocalDate last, double min, double max) {
      this.first = first;
      this.last = last;
      this.min = min;
      this.max = max;
    }

    double x(LocalDate date) {
      double span = width - LEFT - RIGHT;
      long days = last.toEpochDay() - first.toEpochDay();
      return LEFT + (days == 0 ? span / 2 : span * (date.toEpochDay() - first.toEpochDay()) / days);
    }

    double y(double value) {
      return TOP + (height - TOP - BOTTOM) * (max - value) / (max - min);
    }
  }
}
