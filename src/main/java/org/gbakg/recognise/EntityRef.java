package org.gbakg.recognise;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.KnownEntity;
import org.gbakg.lexicon.Scripts;

/**
 * An entity as the article names it: a curated one of the lexicon, or one found in the text
 * by its form, identified by kind and folded name so that both scripts give the same entity.
 *
 * @param kind  what it is
 * @param type  its most specific class
 * @param name  its name as first written in the article (or the curated label)
 * @param known the curated entity, where the lexicon has it
 * @param key   identity within and across articles: the curated IRI, else kind and folded name
 *              (computed once by the factories, as every rule compares entities by it)
 */
public record EntityRef(EntityKind kind, Node type, String name, Optional<KnownEntity> known, String key) {

    public static EntityRef of(KnownEntity known) {
        return new EntityRef(known.kind(), known.type(), known.name(), Optional.of(known), known.iri().getURI());
    }

    public static EntityRef found(EntityKind kind, Node type, String name) {
        return new EntityRef(kind, type, name, Optional.empty(), kind + ":" + Scripts.fold(name));
    }

    public boolean sameAs(EntityRef other) {
        return key.equals(other.key);
    }
}
