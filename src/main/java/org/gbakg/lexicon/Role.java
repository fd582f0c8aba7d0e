package org.gbakg.lexicon;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * A title a person holds ({@code org:Role} in {@code ontology/lexicon/roles.ttl}).
 *
 * @param bodyClass   the class of a region's body this title is held in (市長 → government)
 * @param defaultBody the body the title implies when the text names none (總書記)
 */
public record Role(Node iri, String name, Optional<Node> bodyClass, Optional<Node> defaultBody) {}
