package org.gbakg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only graph that lists its triples in the order given (sorted, by its callers), so that
 * Jena's writers, which walk subjects and their triples in the order a graph lists them, write
 * sorted files. Looking up a subject is a map access; any other pattern scans the list.
 */
final class SortedGraph extends GraphBase {
    private final List<Triple> triples;
    private final Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();

    SortedGraph(List<Triple> sortedTriples) {
        this.triples = List.copyOf(sortedTriples);
        for (Triple t : triples) {
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        List<Triple> candidates = s.isConcrete() ? bySubject.getOrDefault(s, List.of()) : triples;
        return WrappedIterator.create(candidates.iterator()).filterKeep(pattern::matches);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
