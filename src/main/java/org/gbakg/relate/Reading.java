package org.gbakg.relate;

import java.util.List;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.recognise.Recognised;

/**
 * What the rules read in an article: its mentions with the entity each one stands for after
 * coreference, and the facts.
 */
public record Reading(Recognised recognised, List<ResolvedMention> mentions, List<Fact> facts) {
    public Reading {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    /** A mention and the entity it names once coreference is applied. */
    public record ResolvedMention(Mention mention, EntityRef entity) {}
}
