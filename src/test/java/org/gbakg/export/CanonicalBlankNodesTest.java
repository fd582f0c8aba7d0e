package org.gbakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class CanonicalBlankNodesTest {
    private static final Node G = NodeFactory.createURI("http://example.org/g");
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node Q = NodeFactory.createURI("http://example.org/q");

    private static List<Quad> twoTargets(String first, String second) {
        Node a = NodeFactory.createBlankNode(first);
        Node b = NodeFactory.createBlankNode(second);
        return List.of(Quad.create(G, NodeFactory.createURI("http://example.org/ev1"), P, a),
                Quad.create(G, a, Q, NodeFactory.createLiteralString("same")),
                Quad.create(G, NodeFactory.createURI("http://example.org/ev2"), P, b),
                Quad.create(G, b, Q, NodeFactory.createLiteralString("same")));
    }

    @Test
    void labelsDependOnTheGraphNotOnTheIdsBlankNodesHadBefore() {
        assertEquals(new HashSet<>(CanonicalBlankNodes.relabel(twoTargets("x1", "x2"))),
                new HashSet<>(CanonicalBlankNodes.relabel(twoTargets("other", "ids"))));
    }

    @Test
    void blankNodesWithTheSameContentButDifferentNeighboursStayApart() {
        List<Quad> out = CanonicalBlankNodes.relabel(twoTargets("x1", "x2"));
        assertNotEquals(out.get(0).getObject(), out.get(2).getObject());
        assertEquals(out.get(0).getObject(), out.get(1).getSubject());
    }

    @Test
    void interchangeableBlankNodesStillGetTwoLabels() {
        Node s = NodeFactory.createURI("http://example.org/s");
        List<Quad> quads = List.of(Quad.create(G, s, P, NodeFactory.createBlankNode("a")), Quad.create(G, s, P, NodeFactory.createBlankNode("b")));
        List<Quad> out = CanonicalBlankNodes.relabel(quads);
        assertNotEquals(out.get(0).getObject(), out.get(1).getObject());
    }
}
