package org.gbakg.export;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The types of resources and the class hierarchy, as the graph's own {@code rdfs:subClassOf} axioms give it. */
public final class Classes {
    static {
        JenaSystem.init(); // before the vocabulary constants below, or they can be null
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();

    private final Graph graph;
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();

    public Classes(Graph graph) {
        this.graph = graph;
    }

    /** The resource's types (IRIs), sorted. */
    public List<Node> types(Node n) {
        return graph.find(n, TYPE, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream()
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }

    /** The type that none of the resource's other types is a subclass of (the smallest IRI among several); rdfs:Resource if untyped. */
    public Node mostSpecificType(Node n) {
        List<Node> types = types(n);
        return types.stream()
                .filter(t -> types.stream().noneMatch(u -> !u.equals(t) && superClasses(u).contains(t)))
                .min(Comparator.comparing(Node::getURI))
                .orElse(RDFS.Resource.asNode());
    }

    /** The class and all its superclasses. */
    public Set<Node> superClasses(Node cls) {
        Set<Node> cached = superClasses.get(cls);
        if (cached != null) {
            return cached;
        }
        Set<Node> found = new HashSet<>(Set.of(cls));
        Deque<Node> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            graph.find(todo.pop(), SUBCLASS, Node.ANY).forEach(t -> {
                if (found.add(t.getObject())) {
                    todo.add(t.getObject());
                }
            });
        }
        superClasses.put(cls, found);
        return found;
    }
}
