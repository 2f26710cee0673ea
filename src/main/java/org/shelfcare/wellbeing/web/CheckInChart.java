package org.shelfcare.wellbeing.web;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.shelfcare.wellbeing.CheckInTrend;

/**
 * The trend as an inline SVG line chart, worked out on the server so the page needs no script and
 * no inline style (colours and dashes come from classes in app.css). The table beside it is the
 * primary accessible form of the same data.
 */
public record CheckInChart(int width, int height, List<Grid> grid, List<Series> series) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    /** A horizontal line at a score, with its label. */
    public record Grid(int score, double y) {}

    /** One score's line: its name (mood, energy, stress), polyline points and dots. */
    public record Series(String name, String points, List<Dot> dots) {}

    public record Dot(double x, double y) {}

    static CheckInChart of(CheckInTrend trend) {
        List<Grid> grid = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            grid.add(new Grid(score, y(score)));
        }
        List<Series> series = List.of(series("mood", trend, CheckInTrend.Day::mood),
                series("energy", trend, CheckInTrend.Day::energy), series("stress", trend, CheckInTrend.Day::stress));
        return new CheckInChart(WIDTH, HEIGHT, grid, series);
    }

    private static Series series(String name, CheckInTrend trend, ToDoubleFunction<CheckInTrend.Day> score) {
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (CheckInTrend.Day day : trend.points()) {
            Dot dot = new Dot(x(trend, day), y(score.applyAsDouble(day)));
            dots.add(dot);
            points.append(points.isEmpty() ? "" : " ").append(format(dot.x())).append(',').append(format(dot.y()));
        }
        return new Series(name, points.toString(), dots);
    }

    private static double x(CheckInTrend trend, CheckInTrend.Day day) {
        long span = Math.max(1, trend.days() - 1);
        long index = ChronoUnit.DAYS.between(trend.from(), day.date());
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) index / span;
    }

    private static double y(double score) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (5 - score) / 4;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - 6;
    }

    public static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
