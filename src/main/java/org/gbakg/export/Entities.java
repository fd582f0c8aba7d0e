package org.gbakg.export;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.gbakg.rdf.Vocab;

/**
 * Which terms of the graph are entities, the things a person would draw: persons, bodies, posts,
 * roles, platforms, regions, projects, events, statements, targets, quantities, ...
 *
 * <p>An entity is a typed IRI under the instance namespace ({@code https://w3id.org/gbakg/id/}
 * by default), or a typed blank node that links to another resource, none of whose types is
 * plumbing: the evidence machinery (annotations, sentences and their selectors, reified facts),
 * the source articles, and the ontology's own terms. So classes, properties, the loader's
 * lexicon (in the ontology namespace), units (QUDT IRIs) and blank nodes holding only literals
 * are not entities; where an entity points at one, the exports show it as an attribute.
 */
public final class Entities {
    static {
        JenaSystem.init(); // before the vocabulary constants below, or they can be null
    }

    private static final Node TYPE = RDF.type.asNode();

    /** Types whose instances support the graph rather than being part of what it tells. */
    public static final Set<Node> PLUMBING = Stream.of(
                    Vocab.OA + "Annotation", Vocab.OA + "SpecificResource", Vocab.OA + "TextPositionSelector",
                    Vocab.OA + "TextQuoteSelector", Vocab.GBA + "Sentence", Vocab.GBA + "SourceArticle",
                    Vocab.GBA + "Evidence", Vocab.GBA + "Fact", RDF.getURI() + "Statement")
            .map(NodeFactory::createURI).collect(Collectors.toUnmodifiableSet());

    private final Graph graph;
    private final String instanceBase;

    public Entities(Graph graph, String instanceBase) {
        this.graph = graph;
        this.instanceBase = instanceBase;
    }

    public boolean isEntity(Node n) {
        if (n.isURI()) {
            return n.getURI().startsWith(instanceBase) && typedWithoutPlumbing(n);
        }
        return n.isBlank() && typedWithoutPlumbing(n)
                && graph.find(n, Node.ANY, Node.ANY).filterKeep(t -> !t.getPredicate().equals(TYPE) && !t.getObject().isLiteral()).hasNext();
    }

    private boolean typedWithoutPlumbing(Node n) {
        boolean typed = false;
        for (var it = graph.find(n, TYPE, Node.ANY); it.hasNext(); ) {
            if (PLUMBING.contains(it.next().getObject())) {
                it.close();
                return false;
            }
            typed = true;
        }
        return typed;
    }
}
