package org.gbakg.export;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gbakg.rdf.Prefixes;
import org.gbakg.rdf.Vocab;

/** Picks the label to show for a term in a language, falling back to the other languages, then to its name. */
public final class Labels {
    static {
        JenaSystem.init(); // before the vocabulary constants below, or they can be null
    }

    private Labels() {}

    /** The label properties, in the order they are preferred. */
    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), NodeFactory.createURI("https://schema.org/name"));

    /** The label in {@code language}, else in the next language of its fallback, else any label, else none. */
    public static Optional<String> pick(Graph g, Node term, LabelLanguage language) {
        for (LabelLanguage l : language.fallback()) {
            Optional<String> found = exactly(g, term, l);
            if (found.isPresent()) {
                return found;
            }
        }
        for (Node p : LABEL_PROPERTIES) {
            Optional<String> any = g.find(term, p, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList().stream().min(Comparator.naturalOrder());
            if (any.isPresent()) {
                return any;
            }
        }
        return Optional.empty();
    }

    /** Text that stands in for a missing label: a statement's words, a figure as the article wrote it. */
    private static final List<Node> TEXT_PROPERTIES = List.of(NodeFactory.createURI(Vocab.GBA + "statedAs"),
            NodeFactory.createURI(Vocab.GBA + "text"));
    private static final int TEXT_LABEL_LENGTH = 24;

    /**
     * {@link #pick}, else the start of the entity's text ({@code gba:statedAs}, {@code gba:text}),
     * else the term's short name ({@code gba:serves} gives {@code serves}).
     */
    public static String pickOrName(Graph g, Node term, LabelLanguage language) {
        return pick(g, term, language).or(() -> text(g, term)).orElseGet(() -> shortName(term));
    }

    private static Optional<String> text(Graph g, Node term) {
        for (Node p : TEXT_PROPERTIES) {
            Optional<String> found = g.find(term, p, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral)
                    .mapWith(Node::getLiteralLexicalForm).toList().stream().min(Comparator.naturalOrder());
            if (found.isPresent()) {
                String s = found.get().strip();
                int cut = s.offsetByCodePoints(0, Math.min(TEXT_LABEL_LENGTH, s.codePointCount(0, s.length())));
                return Optional.of(cut < s.length() ? s.substring(0, cut) + "…" : s);
            }
        }
        return Optional.empty();
    }

    /** The label in exactly this language (the smallest, when there are several), from the first label property that has one. */
    public static Optional<String> exactly(Graph g, Node term, LabelLanguage language) {
        for (Node p : LABEL_PROPERTIES) {
            Optional<String> found = g.find(term, p, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(o -> o.isLiteral() && language.matches(o.getLiteralLanguage()))
                    .mapWith(Node::getLiteralLexicalForm).toList().stream().min(Comparator.naturalOrder());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The part of an IRI after its last {@code #} or {@code /}; a blank node's label. */
    public static String shortName(Node term) {
        if (!term.isURI()) {
            return term.isBlank() ? "_:" + term.getBlankNodeLabel() : term.toString();
        }
        String iri = term.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The IRI as a prefixed name with the project's prefixes ({@code gba:serves}), or the IRI itself. */
    public static String prefixed(String iri) {
        String best = null;
        String bestNs = "";
        for (var e : Prefixes.ALL.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length() && !iri.substring(ns.length()).isEmpty()) {
                best = e.getKey() + ":" + iri.substring(ns.length());
                bestNs = ns;
            }
        }
        return best != null ? best : iri;
    }

    /** A prefixed name ({@code foaf:Person}) expanded with the project's prefixes; anything else is taken as an IRI. */
    public static String expand(String nameOrIri) {
        int colon = nameOrIri.indexOf(':');
        if (colon > 0) {
            String ns = Prefixes.ALL.get(nameOrIri.substring(0, colon));
            if (ns != null && !nameOrIri.startsWith(nameOrIri.substring(0, colon) + "://")) {
                return ns + nameOrIri.substring(colon + 1);
            }
        }
        return nameOrIri;
    }
}
