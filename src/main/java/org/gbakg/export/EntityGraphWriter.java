package org.gbakg.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link EntityGraph} in one graph tool's file format, UTF-8. */
public interface EntityGraphWriter {
    void write(EntityGraph graph, OutputStream out) throws IOException;

    static EntityGraphWriter of(ExportFormat format) {
        return switch (format) {
            case GRAPHML -> new GraphMlWriter();
            case GEXF -> new GexfWriter();
            case DOT -> new DotWriter();
            case CYJS -> new CytoscapeJsonWriter();
            default -> throw new IllegalArgumentException("Not a graph-tool format: " + format);
        };
    }
}
