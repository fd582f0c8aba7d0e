package org.gbakg.lexicon;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * A curated entity of {@code ontology/reference}.
 *
 * @param iri          its IRI
 * @param kind         what it is
 * @param type         its most specific class (e.g. gba:LeadingGroup)
 * @param name         its Chinese label, as given in the reference data
 * @param jurisdiction the region a government body or party committee governs, where curated
 */
public record KnownEntity(Node iri, EntityKind kind, Node type, String name, Optional<Node> jurisdiction) {}
