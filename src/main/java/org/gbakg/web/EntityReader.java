package org.gbakg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gbakg.export.LabelLanguage;
import org.gbakg.export.Labels;
import org.gbakg.rdf.Vocab;

/** Reads what there is to say about one resource: its page's content, or its RDF description. */
final class EntityReader {
    static {
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node VALUE = Vocab.gba("value");
    /** Links that are the evidence machinery pointing at a fact: shown as evidence, not as relations. */
    private static final Set<Node> EVIDENCE_LINKS = Set.of(EvidenceFinder.HAS_BODY, RDF.subject.asNode(), RDF.object.asNode());
    /** Property labels on the page are English, which every ontology term has. */
    private static final LabelLanguage PROPERTY_LANGUAGE = LabelLanguage.EN;

    private final Graph graph;
    private final LocalLinks links;
    private final EvidenceFinder evidence;

    EntityReader(Graph graph, LocalLinks links) {
        this.graph = graph;
        this.links = links;
        this.evidence = new EvidenceFinder(graph, links);
    }

    /** Whether the graph says anything about the resource, as subject or object. */
    boolean isKnown(Node n) {
        return graph.contains(n, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, n);
    }

    EntityView view(Node e) {
        Map<LabelLanguage, String> labels = new EnumMap<>(LabelLanguage.class);
        for (LabelLanguage l : LabelLanguage.values()) {
            Labels.exactly(graph, e, l).ifPresent(s -> labels.put(l, s));
        }
        List<EntityView.Literal> alt = sorted(graph.find(e, ALT_LABEL, Node.ANY).toList()).stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(o -> new EntityView.Literal(o.getLiteralLexicalForm(), o.getLiteralLanguage())).toList();
        List<Link> types = sorted(graph.find(e, TYPE, Node.ANY).toList()).stream()
                .map(t -> links.link(graph, t.getObject(), PROPERTY_LANGUAGE)).toList();
        List<EntityView.Relation> outgoing = new ArrayList<>();
        List<EntityView.QuantityRow> quantities = new ArrayList<>();
        List<EntityView.Attribute> attributes = new ArrayList<>();
        for (Triple t : sorted(graph.find(e, Node.ANY, Node.ANY).toList())) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(TYPE) || p.equals(LABEL) || p.equals(ALT_LABEL)) {
                continue;
            }
            if (o.isLiteral()) {
                attributes.add(new EntityView.Attribute(property(p), o.getLiteralLexicalForm(), o.getLiteralLanguage()));
            } else if (graph.contains(o, VALUE, Node.ANY)) {
                quantities.add(quantity(e, p, o));
            } else {
                outgoing.add(new EntityView.Relation(property(p), links.link(graph, o, LabelLanguage.ZH_HANT), evidence.forLink(e, p, o, o)));
            }
        }
        List<EntityView.Relation> incoming = new ArrayList<>();
        for (Triple t : sorted(graph.find(Node.ANY, Node.ANY, e).toList())) {
            if (!EVIDENCE_LINKS.contains(t.getPredicate())) {
                Node s = t.getSubject();
                incoming.add(new EntityView.Relation(property(t.getPredicate()), links.link(graph, s, LabelLanguage.ZH_HANT),
                        evidence.forLink(s, t.getPredicate(), e, s)));
            }
        }
        return new EntityView(e.isURI() ? e.getURI() : e.toString(), labels, alt, types, outgoing, incoming, quantities,
                attributes, evidence.about(e));
    }

    private EntityView.QuantityRow quantity(Node e, Node p, Node q) {
        return new EntityView.QuantityRow(property(p), links.link(graph, q, LabelLanguage.ZH_HANT),
                literal(q, VALUE).map(Units::number).orElse(""), first(q, Vocab.gba("unit")).map(Units::symbol).orElse(""),
                literal(q, Vocab.gba("comparator")), literal(q, Vocab.gba("squareMetres")).map(Units::number), literal(q, Vocab.gba("statedAs")),
                evidence.forLink(e, p, q, q));
    }

    /**
     * The entity's description: its triples both ways, the labels and types of its neighbours (and
     * everything about blank nodes it links to), and the evidence of its facts with their sentences
     * and articles.
     */
    Graph describe(Node e) {
        Set<Triple> triples = new LinkedHashSet<>();
        Set<Node> neighbours = new HashSet<>();
        graph.find(e, Node.ANY, Node.ANY).forEach(t -> {
            triples.add(t);
            neighbours.add(t.getObject());
        });
        graph.find(Node.ANY, Node.ANY, e).forEach(t -> {
            triples.add(t);
            neighbours.add(t.getSubject());
        });
        neighbours.remove(e);
        Set<Node> facts = new HashSet<>(Set.of(e));
        for (Node n : neighbours) {
            if (n.isBlank()) {
                closure(n, triples, new HashSet<>());
            } else if (!n.isLiteral()) {
                for (Node p : List.of(TYPE, LABEL)) {
                    graph.find(n, p, Node.ANY).forEach(triples::add);
                }
            }
            facts.add(n);
        }
        for (Triple t : List.copyOf(triples)) {
            for (Node r : evidence.reifications(t.getSubject(), t.getPredicate(), t.getObject())) {
                graph.find(r, Node.ANY, Node.ANY).forEach(triples::add);
                facts.add(r);
            }
        }
        for (Node fact : facts) {
            evidence.annotationsOf(fact).forEach(a -> evidence.collect(a, triples));
        }
        Graph out = GraphFactory.createDefaultGraph();
        triples.forEach(out::add);
        return out;
    }

    /** A blank node and everything under it, as a concise bounded description does. */
    private void closure(Node blank, Set<Triple> into, Set<Node> seen) {
        if (!seen.add(blank)) {
            return;
        }
        graph.find(blank, Node.ANY, Node.ANY).forEach(t -> {
            into.add(t);
            if (t.getObject().isBlank()) {
                closure(t.getObject(), into, seen);
            }
        });
    }

    private Link property(Node p) {
        return links.link(graph, p, PROPERTY_LANGUAGE);
    }

    private Optional<Node> first(Node s, Node p) {
        return sorted(graph.find(s, p, Node.ANY).toList()).stream().map(Triple::getObject).findFirst();
    }

    private Optional<String> literal(Node s, Node p) {
        return first(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static List<Triple> sorted(List<Triple> triples) {
        List<Triple> copy = new ArrayList<>(triples);
        copy.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString()).thenComparing(t -> t.getSubject().toString())
                .thenComparing(t -> t.getObject().toString()));
        return copy;
    }
}
