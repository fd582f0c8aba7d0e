package org.gbakg.lexicon;

import org.apache.jena.graph.Node;

/** A name ending that tells what a name is (…委員會 a body, …合作區 a platform), folded. */
public record Suffix(String folded, Node type, EntityKind kind) {}
