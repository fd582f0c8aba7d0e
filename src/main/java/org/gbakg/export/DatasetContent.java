package org.gbakg.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Reads a dataset as the graph contract sees it: its default graph is the union of all named
 * graphs. A store may also hold triples in its real default graph; those are included.
 */
public final class DatasetContent {
    private DatasetContent() {}

    /**
     * All triples of the default graph and of every named graph, without duplicates, as a live view.
     * Use it inside a read transaction on {@code dsg}.
     */
    public static Graph union(DatasetGraph dsg) {
        Graph defaultGraph = dsg.getDefaultGraph();
        Graph named = dsg.getUnionGraph();
        return defaultGraph.isEmpty() ? named : new Union(defaultGraph, named);
    }

    /** Every quad in the dataset, canonically labelled and sorted. */
    public static List<Quad> sortedQuads(DatasetGraph dsg) {
        List<Quad> quads = Txn.calculateRead(dsg, () -> {
            List<Quad> all = new ArrayList<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
        List<Quad> sorted = new ArrayList<>(new LinkedHashSet<>(CanonicalBlankNodes.relabel(quads)));
        sorted.sort(TermOrder.QUADS);
        return sorted;
    }

    /** The distinct triples of {@link #sortedQuads}, in order. */
    public static List<Triple> sortedUnionTriples(List<Quad> sortedQuads) {
        Set<Triple> distinct = new LinkedHashSet<>();
        sortedQuads.forEach(q -> distinct.add(q.asTriple()));
        List<Triple> triples = new ArrayList<>(distinct);
        triples.sort(TermOrder.TRIPLES);
        return triples;
    }
}
