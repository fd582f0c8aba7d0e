package org.gbakg.recognise;

import java.util.Optional;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Scripts;
import org.gbakg.text.Span;

/**
 * 本局, 該署, 本委: a demonstrative and a body's one-character ending name the body of that kind
 * the article named last before it (in a bureau's reply, 本局 is the bureau that replies).
 */
final class DemonstrativeBodies {
    private static final String DEMONSTRATIVES = "本该此";
    private static final String ENDINGS = "局署委院部办处厅";
    private static final int REACH = 3000;

    private final TextView view;
    private final MentionSet mentions;

    DemonstrativeBodies(TextView view, MentionSet mentions) {
        this.view = view;
        this.mentions = mentions;
    }

    void addAll() {
        String f = view.folded();
        for (int at = 0; at + 1 < f.length(); at++) {
            if (DEMONSTRATIVES.indexOf(f.charAt(at)) < 0 || ENDINGS.indexOf(f.charAt(at + 1)) < 0) {
                continue;
            }
            Span span = new Span(at, at + 2);
            String ending = String.valueOf(f.charAt(at + 1));
            if (!mentions.isFree(span)) {
                continue;
            }
            Optional<Mention> named = mentions.nearestBefore(at, Math.max(0, at - REACH),
                    m -> m.entity().kind() == EntityKind.BODY && Scripts.fold(m.entity().name()).endsWith(ending));
            named.ifPresent(body -> mentions.add(new Mention(span, view.surface(span), body.entity(), Mention.Origin.REFERENCE)));
        }
    }
}
