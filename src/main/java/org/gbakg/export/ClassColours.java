package org.gbakg.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A colour for each class of a graph, the same in every export and in the web page's legend. */
public final class ClassColours {
    /** Distinct, readable on white, and printable in greyscale apart (Tableau 10 with two more). */
    private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1b9e77", "#7570b3");

    private final Map<String, String> colours = new HashMap<>();

    /** Colours the classes in the given order (sorted IRIs give the same colours across runs). */
    public ClassColours(List<String> classes) {
        for (int i = 0; i < classes.size(); i++) {
            colours.put(classes.get(i), i < PALETTE.size() ? PALETTE.get(i) : spread(i - PALETTE.size()));
        }
    }

    /**
     * Colours past the palette: hues a golden angle apart, so that each new one falls far from the
     * others (the same rule as the web page's).
     */
    static String spread(int n) {
        double hue = (n * 137.508 + 15) % 360;
        double saturation = 0.55;
        double value = 0.78;
        double chroma = value * saturation;
        double x = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
        double[] rgb = switch ((int) (hue / 60)) {
            case 0 -> new double[] {chroma, x, 0};
            case 1 -> new double[] {x, chroma, 0};
            case 2 -> new double[] {0, chroma, x};
            case 3 -> new double[] {0, x, chroma};
            case 4 -> new double[] {x, 0, chroma};
            default -> new double[] {chroma, 0, x};
        };
        double m = value - chroma;
        return String.format("#%02x%02x%02x", Math.round((rgb[0] + m) * 255), Math.round((rgb[1] + m) * 255), Math.round((rgb[2] + m) * 255));
    }

    /** {@code #rrggbb}. */
    public String of(String classIri) {
        return colours.getOrDefault(classIri, "#888888");
    }

    public static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }
}
