package org.gbakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Graphviz DOT: every id and label a quoted, escaped string; boxes filled with their class's colour. */
final class DotWriter implements EntityGraphWriter {

    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ClassColours colours = new ClassColours(graph.classes());
        w.write("digraph gba {\n");
        w.write("  graph [charset=\"UTF-8\", overlap=false, rankdir=LR];\n");
        w.write("  node [shape=box, style=\"rounded,filled\", fontsize=10];\n");
        w.write("  edge [fontsize=8];\n");
        for (EntityGraph.Node n : graph.nodes()) {
            w.write("  " + quote(n.id()) + " [label=" + quote(n.label()) + ", tooltip=" + quote(n.classLabel())
                    + ", fillcolor=" + quote(colours.of(n.classIri())) + "];\n");
        }
        for (EntityGraph.Edge e : graph.edges()) {
            w.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label=" + quote(e.label()) + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    /**
     * A DOT double-quoted string. Backslashes are doubled, since Graphviz reads {@code \n}, {@code \l}
     * and the like in labels as escapes; quotes are escaped; line breaks become {@code \n}; other
     * control characters are dropped.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
