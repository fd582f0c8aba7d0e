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
            colours.put(classes.get(i), PALETTE.get(i % PALETTE.size()));
        }
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
