package org.gbakg.web;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.gbakg.export.LabelLanguage;
import org.gbakg.export.Labels;

/** Turns terms into links: entities of this dataset to their {@code /id/} pages on this server. */
final class LocalLinks {
    static final String ID_PATH = "/id/";

    private final String base;

    LocalLinks(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** {@code /id/...} for an IRI under the base; the IRI for another http(s) IRI; none for anything else. */
    Optional<String> href(Node n) {
        if (!n.isURI()) {
            return Optional.empty();
        }
        String iri = n.getURI();
        if (iri.startsWith(base)) {
            return Optional.of(ID_PATH + iri.substring(base.length()));
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? Optional.of(iri) : Optional.empty();
    }

    Link link(Graph g, Node n, LabelLanguage language) {
        String id = n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.isURI() ? n.getURI() : n.toString();
        String label = n.isURI() && !n.getURI().startsWith(base) && Labels.pick(g, n, language).isEmpty()
                ? Labels.prefixed(n.getURI())
                : Labels.pickOrName(g, n, language);
        return new Link(id, label, href(n));
    }
}
