package org.gbakg.recognise;

import java.util.List;
import org.gbakg.text.Article;

/** The result of recognition: the article with its entity and title mentions, in text order. */
public record Recognised(Article article, TextView view, List<Mention> mentions, List<RoleMention> roles) {
    public Recognised {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
