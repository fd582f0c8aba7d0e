package org.gbakg.export;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * A total order on terms, triples and quads by their N-Triples text, so that sorted output is
 * the same on every run and every machine (blank nodes must be canonically labelled first).
 */
public final class TermOrder {
    private TermOrder() {}

    public static final Comparator<Node> NODES = Comparator.comparing(NodeFmtLib::strNT);

    public static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, NODES)
            .thenComparing(Triple::getObject, NODES);

    /** Graph first, so that a file of quads reads graph by graph. */
    public static final Comparator<Quad> QUADS = Comparator.comparing(Quad::getGraph, NODES)
            .thenComparing(Quad::getSubject, NODES)
            .thenComparing(Quad::getPredicate, NODES)
            .thenComparing(Quad::getObject, NODES);
}
