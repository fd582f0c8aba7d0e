package org.gbakg.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** {@code kg export}'s work, without files or a store: a dataset in, one format out. */
public final class Exporter {
    private Exporter() {}

    /** RDF formats write the whole dataset (the options do not apply); graph-tool formats the entity graph the options select. */
    public static void export(DatasetGraph source, ExportFormat format, EntityGraphOptions options, OutputStream out) throws IOException {
        if (format.isRdf()) {
            RdfExporter.write(source, format, out);
            return;
        }
        EntityGraph graph = new EntityGraphBuilder(canonicalUnion(source), options).build();
        EntityGraphWriter.of(format).write(graph, out);
    }

    /** An in-memory copy of the union of all graphs, with canonical blank node labels, so node ids are stable. */
    static Graph canonicalUnion(DatasetGraph source) {
        Graph g = GraphFactory.createDefaultGraph();
        DatasetContent.sortedUnionTriples(DatasetContent.sortedQuads(source)).forEach(g::add);
        return g;
    }
}
