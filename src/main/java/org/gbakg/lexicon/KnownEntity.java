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
 * @param parent       the body it is a unit of, or the platform it is part of (an office, a park):
 *                     naming the parent is context enough for the entity's short form
 */
public record KnownEntity(Node iri, EntityKind kind, Node type, String name, Optional<Node> jurisdiction,
                          Optional<Node> parent) {}
