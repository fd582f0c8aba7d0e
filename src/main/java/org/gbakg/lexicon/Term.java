package org.gbakg.lexicon;

import org.apache.jena.graph.Node;

/** What a matched stretch of text is, according to the lexicon. */
public sealed interface Term {
    /** A curated entity; a short form counts only where the entity is named in full too. */
    record EntityTerm(KnownEntity entity, boolean shortForm) implements Term {}

    record RoleTerm(Role role) implements Term {}

    record UnitTerm(Unit unit) implements Term {}

    /** A word of a cue list; {@code concept} groups variants (發布會 and 記者會 are one event type). */
    record CueTerm(Cue cue, Node concept) implements Term {}
}
