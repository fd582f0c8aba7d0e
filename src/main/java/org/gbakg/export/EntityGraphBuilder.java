package org.gbakg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.gbakg.UserError;

/** Reads the {@link EntityGraph} out of an RDF graph (the union of a dataset's graphs). */
public final class EntityGraphBuilder {
    static {
        JenaSystem.init(); // before the vocabulary constants below, or they can be null
    }

    private static final Node TYPE = RDF.type.asNode();

    private final Graph graph;
    private final EntityGraphOptions options;
    private final Entities entities;
    private final Map<Node, Boolean> entityCache = new HashMap<>();
    private final Classes classes;
    private final Map<Node, String> labelCache = new HashMap<>();
    private final Set<Node> wantedClasses;
    private final Set<Node> wantedProperties;

    public EntityGraphBuilder(Graph graph, EntityGraphOptions options) {
        this.graph = graph;
        this.options = options;
        this.entities = new Entities(graph, options.instanceBase());
        this.classes = new Classes(graph);
        this.wantedClasses = nodes(options.classes());
        this.wantedProperties = nodes(options.properties());
    }

    public EntityGraph build() {
        Set<Node> kept = options.around().isPresent() ? neighbourhood(NodeFactory.createURI(Labels.expand(options.around().get()))) : allEntities();
        List<EntityGraph.Node> nodes = new ArrayList<>();
        List<EntityGraph.Edge> edges = new ArrayList<>();
        for (Node n : kept) {
            nodes.add(node(n));
            graph.find(n, Node.ANY, Node.ANY).forEach(t -> {
                if (kept.contains(t.getObject()) && keepsEdge(t)) {
                    edges.add(new EntityGraph.Edge(id(n), t.getPredicate().getURI(), label(t.getPredicate()), id(t.getObject())));
                }
            });
        }
        nodes.sort(Comparator.comparing(EntityGraph.Node::id));
        edges.sort(Comparator.comparing(EntityGraph.Edge::source).thenComparing(EntityGraph.Edge::property)
                .thenComparing(EntityGraph.Edge::target));
        return new EntityGraph(nodes, new ArrayList<>(new LinkedHashSet<>(edges)));
    }

    private Set<Node> allEntities() {
        Set<Node> found = new HashSet<>();
        graph.find(Node.ANY, TYPE, Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (!found.contains(s) && keepsNode(s)) {
                found.add(s);
            }
        });
        return found;
    }

    /** The entities reachable from {@code root} in at most {@code depth} kept edges, followed either way. */
    private Set<Node> neighbourhood(Node root) {
        if (!keepsNode(root)) {
            throw new UserError(root.getURI() + " is not an entity of the graph"
                    + (wantedClasses.isEmpty() ? "" : " of the classes asked for"));
        }
        Set<Node> seen = new HashSet<>(Set.of(root));
        Deque<Node> frontier = new ArrayDeque<>(List.of(root));
        for (int d = 0; d < options.depth() && !frontier.isEmpty(); d++) {
            Deque<Node> next = new ArrayDeque<>();
            for (Node n : frontier) {
                List<Node> around = new ArrayList<>();
                graph.find(n, Node.ANY, Node.ANY).filterKeep(this::keepsEdge).forEach(t -> around.add(t.getObject()));
                graph.find(Node.ANY, Node.ANY, n).filterKeep(this::keepsEdge).forEach(t -> around.add(t.getSubject()));
                for (Node m : around) {
                    if (!seen.contains(m) && keepsNode(m)) {
                        seen.add(m);
                        next.add(m);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    private boolean keepsNode(Node n) {
        if (!isEntity(n)) {
            return false;
        }
        if (wantedClasses.isEmpty()) {
            return true;
        }
        return classes.types(n).stream().anyMatch(c -> classes.superClasses(c).stream().anyMatch(wantedClasses::contains));
    }

    private boolean keepsEdge(Triple t) {
        return !t.getPredicate().equals(TYPE) && (wantedProperties.isEmpty() || wantedProperties.contains(t.getPredicate()));
    }

    private boolean isEntity(Node n) {
        return entityCache.computeIfAbsent(n, entities::isEntity);
    }

    private EntityGraph.Node node(Node n) {
        Node cls = classes.mostSpecificType(n);
        SortedMap<String, String> attributes = new TreeMap<>();
        Map<String, Set<String>> values = new TreeMap<>();
        graph.find(n, Node.ANY, Node.ANY).forEach(t -> {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(TYPE)) {
                values.computeIfAbsent("rdf:type", k -> new TreeSet<>()).add(Labels.prefixed(o.getURI()));
            } else if (o.isLiteral()) {
                String key = Labels.prefixed(p.getURI()) + (o.getLiteralLanguage().isEmpty() ? "" : "@" + o.getLiteralLanguage());
                values.computeIfAbsent(key, k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
            } else if (!isEntity(o)) {
                values.computeIfAbsent(Labels.prefixed(p.getURI()), k -> new TreeSet<>()).add(describe(o));
            }
        });
        values.forEach((k, v) -> attributes.put(k, String.join(" | ", v)));
        attributes.put("iri", id(n));
        return new EntityGraph.Node(id(n), label(n), cls.getURI(), label(cls), attributes);
    }

    /** A non-entity object in a few words: a prefixed IRI, or a blank node's values ({@code 106 KiloM2}). */
    private String describe(Node o) {
        if (o.isURI()) {
            return Labels.prefixed(o.getURI());
        }
        List<String> parts = new ArrayList<>();
        graph.find(o, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(TYPE)).toList().stream()
                .sorted(Comparator.comparing(t -> t.getPredicate().getURI()))
                .forEach(t -> parts.add(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : Labels.shortName(t.getObject())));
        return String.join(" ", parts);
    }

    private String label(Node term) {
        return labelCache.computeIfAbsent(term, t -> Labels.pickOrName(graph, t, options.language()));
    }

    private static String id(Node n) {
        return n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel();
    }

    private static Set<Node> nodes(Set<String> iris) {
        Set<Node> out = new HashSet<>();
        iris.forEach(i -> out.add(NodeFactory.createURI(Labels.expand(i))));
        return out;
    }
}
