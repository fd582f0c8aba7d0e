package org.gbakg.recognise;

import org.gbakg.lexicon.EntityKind;
import org.gbakg.text.Span;

/**
 * A body named with a place in brackets right after it, 香港科技大學（廣州）, 香港城市大學（東莞）, is the
 * branch or campus in that place: an entity of its own, named with the brackets.
 */
final class BranchNames {
    private static final int MAX_PLACE = 6;

    private final TextView view;
    private final MentionSet mentions;

    BranchNames(TextView view, MentionSet mentions) {
        this.view = view;
        this.mentions = mentions;
    }

    void addAll() {
        for (Mention body : mentions.all()) {
            if (body.entity().kind() != EntityKind.BODY || !opensBracket(body.end())) {
                continue;
            }
            mentions.at(body.end() + 1)
                    .filter(place -> place.entity().kind() == EntityKind.REGION && place.span().length() <= MAX_PLACE)
                    .filter(place -> closesBracket(place.end()))
                    .ifPresent(place -> {
                        Span span = new Span(body.begin(), place.end() + 1);
                        String name = view.surface(span);
                        mentions.add(new Mention(span, name, EntityRef.found(EntityKind.BODY, body.entity().type(), name),
                                Mention.Origin.NAME_FORM));
                    });
        }
    }

    private boolean opensBracket(int i) {
        return i < view.folded().length() && (view.at(i) == '（' || view.at(i) == '(');
    }

    private boolean closesBracket(int i) {
        return i < view.folded().length() && (view.at(i) == '）' || view.at(i) == ')');
    }
}
