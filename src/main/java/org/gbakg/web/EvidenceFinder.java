package org.gbakg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.gbakg.export.LabelLanguage;
import org.gbakg.export.Labels;
import org.gbakg.rdf.Vocab;

/**
 * Finds the sentences that state a fact. Evidence is a Web Annotation whose body is the fact:
 * an n-ary node (a post, a quantity, a statement, an event) or a reified triple
 * ({@code rdf:Statement} with {@code rdf:subject}, {@code rdf:predicate}, {@code rdf:object}); its
 * target is the sentence, with its source article and its selectors (position and quote).
 */
final class EvidenceFinder {
    static {
        JenaSystem.init();
    }

    static final Node HAS_BODY = Vocab.oa("hasBody");
    static final Node HAS_TARGET = Vocab.oa("hasTarget");
    static final Node HAS_SOURCE = Vocab.oa("hasSource");
    static final Node HAS_SELECTOR = Vocab.oa("hasSelector");
    private static final Node EXACT = Vocab.oa("exact");
    private static final Node START = Vocab.oa("start");
    private static final Node END = Vocab.oa("end");

    /**
     * Nodes that exist to carry one fact (a post held, a statement made, a figure, a merger), so the
     * sentence stating them states the link to them too. An event or a body has evidence of its own,
     * which says nothing about who else links to it.
     */
    private static final Set<Node> FACT_TYPES = Set.of(Vocab.org("Post"), Vocab.org("Membership"), Vocab.org("ChangeEvent"),
            Vocab.gba("Statement"), Vocab.gba("Quantity"), Vocab.gba("Target"));

    private final Graph graph;
    private final LocalLinks links;

    EvidenceFinder(Graph graph, LocalLinks links) {
        this.graph = graph;
        this.links = links;
    }

    /** The annotations whose body is {@code fact}. */
    List<Node> annotationsOf(Node fact) {
        return graph.find(Node.ANY, HAS_BODY, fact).mapWith(Triple::getSubject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** The reified statements of exactly {@code s p o}. */
    List<Node> reifications(Node s, Node p, Node o) {
        return graph.find(Node.ANY, RDF.subject.asNode(), s).mapWith(Triple::getSubject)
                .filterKeep(r -> graph.contains(r, RDF.predicate.asNode(), p) && graph.contains(r, RDF.object.asNode(), o))
                .toList();
    }

    /** Evidence for the fact node itself. */
    List<Evidence> about(Node fact) {
        return read(annotationsOf(fact));
    }

    /**
     * Evidence for the link {@code s p o}: its reified statements' annotations, and those of the
     * node at the other end ({@code other}) when that node carries a fact (a post the person holds,
     * a statement stated by the person).
     */
    List<Evidence> forLink(Node s, Node p, Node o, Node other) {
        Set<Node> annotations = new LinkedHashSet<>();
        reifications(s, p, o).forEach(r -> annotations.addAll(annotationsOf(r)));
        if (isFact(other)) {
            annotations.addAll(annotationsOf(other));
        }
        return read(List.copyOf(annotations));
    }

    private boolean isFact(Node n) {
        return graph.find(n, RDF.type.asNode(), Node.ANY).filterKeep(t -> FACT_TYPES.contains(t.getObject())).hasNext();
    }

    /** Every node to include in a description of the evidence: the annotation, its target, selectors and article. */
    void collect(Node annotation, Set<Triple> into) {
        graph.find(annotation, Node.ANY, Node.ANY).forEach(into::add);
        for (Node target : objects(annotation, HAS_TARGET)) {
            graph.find(target, Node.ANY, Node.ANY).forEach(into::add);
            for (Node selector : objects(target, HAS_SELECTOR)) {
                graph.find(selector, Node.ANY, Node.ANY).forEach(into::add);
            }
            for (Node article : objects(target, HAS_SOURCE)) {
                for (Node p : List.of(RDF.type.asNode(), DCTerms.title.asNode(), DCTerms.publisher.asNode(), DCTerms.date.asNode())) {
                    graph.find(article, p, Node.ANY).forEach(into::add);
                }
            }
        }
    }

    private List<Evidence> read(List<Node> annotations) {
        List<Evidence> out = new ArrayList<>();
        for (Node a : annotations) {
            for (Node target : objects(a, HAS_TARGET)) {
                evidence(a, target).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Evidence> evidence(Node annotation, Node target) {
        Optional<Node> quote = Optional.empty();
        Optional<Integer> start = Optional.empty();
        Optional<Integer> end = Optional.empty();
        for (Node selector : objects(target, HAS_SELECTOR)) {
            quote = quote.or(() -> first(selector, EXACT));
            start = start.or(() -> first(selector, START).map(EvidenceFinder::integer));
            end = end.or(() -> first(selector, END).map(EvidenceFinder::integer));
        }
        Optional<Node> text = quote.or(() -> first(target, RDF.value.asNode())).filter(Node::isLiteral);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> article = first(target, HAS_SOURCE);
        Optional<Link> articleLink = article.map(n -> new Link(n.isURI() ? n.getURI() : n.toString(),
                first(n, DCTerms.title.asNode()).map(Node::getLiteralLexicalForm).orElse(Labels.shortName(n)), links.href(n)));
        Optional<String> publisher = article.flatMap(n -> first(n, DCTerms.publisher.asNode()))
                .map(p -> p.isLiteral() ? p.getLiteralLexicalForm() : Labels.pickOrName(graph, p, LabelLanguage.ZH_HANT));
        Optional<String> date = article.flatMap(n -> first(n, DCTerms.date.asNode())).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        String id = annotation.isURI() ? annotation.getURI() : "_:" + annotation.getBlankNodeLabel();
        return Optional.of(new Evidence(id, text.get().getLiteralLexicalForm(), text.get().getLiteralLanguage(), start, end,
                articleLink, publisher, date));
    }

    private List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private Optional<Node> first(Node s, Node p) {
        return objects(s, p).stream().findFirst();
    }

    private static Integer integer(Node literal) {
        try {
            return Integer.valueOf(literal.getLiteralLexicalForm().trim());
        } catch (NumberFormatException | UnsupportedOperationException e) {
            return null; // a malformed offset is left out; the sentence still shows
        }
    }
}
