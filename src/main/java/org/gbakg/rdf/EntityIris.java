package org.gbakg.rdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.recognise.EntityRef;

/**
 * Mints IRIs: the curated IRI for a known entity, {@code id/{kind}/{pinyin}} for one found in
 * text. Two different names with the same pinyin get a short suffix from their name: within an
 * article, and against a store that already holds the pinyin for another name ({@code owner}
 * tells the folded name that holds an IRI there).
 */
public final class EntityIris {
    private final Lexicon lexicon;
    private final Function<String, Optional<String>> owner;
    private final Map<String, String> taken = new HashMap<>();
    private final Map<String, Node> minted = new HashMap<>();

    public EntityIris(Lexicon lexicon, Function<String, Optional<String>> owner) {
        this.lexicon = lexicon;
        this.owner = owner;
    }

    public Node of(EntityRef e) {
        if (e.known().isPresent()) {
            return e.known().get().iri();
        }
        return minted.computeIfAbsent(e.key(), k -> mint(e));
    }

    private Node mint(EntityRef e) {
        String simplified = Scripts.fold(e.name());
        String slug = e.kind() == EntityKind.PERSON ? personSlug(simplified) : Slugs.of(simplified);
        String iri = Vocab.ID + e.kind().slugPrefix() + "/" + slug;
        String holder = taken.get(iri);
        Optional<String> stored = owner.apply(iri);
        if ((holder != null && !holder.equals(simplified)) || (stored.isPresent() && !stored.get().equals(simplified))) {
            iri = iri + "-" + Slugs.hash(simplified);
        }
        taken.putIfAbsent(iri, simplified);
        return NodeFactory.createURI(iri);
    }

    private String personSlug(String simplified) {
        int surname = surnameLength(simplified);
        return Slugs.person(simplified, surname, lexicon.surnamePinyin(simplified.substring(0, surname)));
    }

    private int surnameLength(String simplified) {
        return simplified.length() > 2 && lexicon.isCue(Cue.SURNAME, simplified.substring(0, 2)) ? 2 : 1;
    }
}
