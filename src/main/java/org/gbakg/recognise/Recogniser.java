package org.gbakg.recognise;

import java.util.ArrayList;
import java.util.List;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.text.Article;

/**
 * Finds the entities and titles an article names, in an order where each step can rely on
 * the ones before: document titles shield their words; the lexicon's names come next, longest
 * first; then names known by their form; then titles, people and events.
 */
public final class Recogniser {
    private final Lexicon lexicon;

    public Recogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Recognised recognise(Article article) {
        TextView view = TextView.of(article);
        MentionSet mentions = new MentionSet();
        List<RoleMention> roles = new ArrayList<>();
        DocumentTitles.addTo(view, mentions);
        LexiconMentions.addTo(view, lexicon, mentions, roles);
        new NameForms(view, lexicon, mentions, roles).addAll();
        new BranchNames(view, mentions).addAll();
        new QuotedNames(view, lexicon, mentions).addAll();
        new StatedShortNames(view, mentions).addAll();
        new BareNouns(view, lexicon, mentions).addAll();
        new DemonstrativeBodies(view, lexicon, mentions).addAll();
        roles.removeIf(r -> !mentions.isFree(r.span()));
        new PersonNames(view, lexicon, mentions, roles).addAll();
        new EventNames(view, lexicon, mentions).addAll();
        return new Recognised(article, view, mentions.all(), roles);
    }
}
