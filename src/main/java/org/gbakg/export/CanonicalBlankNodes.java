package org.gbakg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Gives blank nodes labels that depend only on the graph around them, so that the same data
 * exported twice (from the same store, or from stores built apart, where blank node ids differ)
 * gives the same bytes. Each blank node's label is a hash refined round by round from the terms
 * it is linked to, in both directions (colour refinement); blank nodes that refinement cannot tell
 * apart are told apart by picking one, which is harmless when they are truly interchangeable.
 * The graphs of this project use few blank nodes (the contract's short form of an evidence target).
 */
public final class CanonicalBlankNodes {
    private CanonicalBlankNodes() {}

    /** The quads with every blank node relabelled {@code b} + 16 hex digits of its canonical hash. */
    public static List<Quad> relabel(List<Quad> quads) {
        Map<Node, List<Quad>> around = new HashMap<>();
        for (Quad q : quads) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (n.isBlank()) {
                    around.computeIfAbsent(n, k -> new ArrayList<>()).add(q);
                }
            }
        }
        if (around.isEmpty()) {
            return quads;
        }
        Map<Node, String> colour = new HashMap<>();
        around.keySet().forEach(b -> colour.put(b, ""));
        refine(around, colour);
        for (List<Node> tied = firstTie(colour); !tied.isEmpty(); tied = firstTie(colour)) {
            Node chosen = tied.stream().min((a, b) -> a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel())).orElseThrow();
            colour.put(chosen, sha256(colour.get(chosen) + "#chosen"));
            refine(around, colour);
        }
        Map<Node, Node> renamed = new HashMap<>();
        colour.forEach((b, c) -> renamed.put(b, NodeFactory.createBlankNode("b" + c.substring(0, 16))));
        List<Quad> out = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            out.add(Quad.create(renamed.getOrDefault(q.getGraph(), q.getGraph()), renamed.getOrDefault(q.getSubject(), q.getSubject()),
                    q.getPredicate(), renamed.getOrDefault(q.getObject(), q.getObject())));
        }
        return out;
    }

    /** Rehashes every blank node from its neighbourhood until no more blank nodes come apart. */
    private static void refine(Map<Node, List<Quad>> around, Map<Node, String> colour) {
        int classes = new HashSet<>(colour.values()).size();
        while (true) {
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, List<Quad>> e : around.entrySet()) {
                Node b = e.getKey();
                List<String> links = new ArrayList<>();
                for (Quad q : e.getValue()) {
                    links.add(role(b, q.getGraph()) + term(q.getGraph(), colour) + " " + role(b, q.getSubject()) + term(q.getSubject(), colour)
                            + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + role(b, q.getObject()) + term(q.getObject(), colour));
                }
                links.sort(null);
                next.put(b, sha256(colour.get(b) + "\n" + String.join("\n", links)));
            }
            colour.putAll(next);
            int now = new HashSet<>(colour.values()).size();
            if (now == classes) {
                return;
            }
            classes = now;
        }
    }

    /** The members of the first (by hash) group of blank nodes that share a hash, or none. */
    private static List<Node> firstTie(Map<Node, String> colour) {
        Map<String, List<Node>> byColour = new TreeMap<>();
        colour.forEach((b, c) -> byColour.computeIfAbsent(c, k -> new ArrayList<>()).add(b));
        return byColour.values().stream().filter(group -> group.size() > 1).findFirst().orElse(List.of());
    }

    private static String role(Node self, Node n) {
        return n.equals(self) ? "@" : "";
    }

    private static String term(Node n, Map<Node, String> colour) {
        return n.isBlank() ? "_:" + colour.get(n) : NodeFmtLib.strNT(n);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
