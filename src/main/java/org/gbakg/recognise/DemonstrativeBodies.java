package org.gbakg.recognise;

import java.util.List;
import java.util.Optional;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.text.Span;

/**
 * 本局, 該署, 該集團: a demonstrative and a body's ending name the body of that kind the article
 * named last before it (in a bureau's reply, 本局 is the bureau that replies). A one-character
 * ending ends that body's name (該局 → 市商務局); a longer one may stand inside it (該集團 →
 * 廣州港集團有限公司). These words point to a body without naming it, so they are no alias of it.
 */
final class DemonstrativeBodies {
    private static final String DEMONSTRATIVES = "本该此";
    private static final String ONE_CHARACTER = "局署委院部办处厅";
    private static final int REACH = 3000;

    private final TextView view;
    private final MentionSet mentions;
    private final List<String> endings;

    DemonstrativeBodies(TextView view, Lexicon lexicon, MentionSet mentions) {
        this.view = view;
        this.mentions = mentions;
        // the two-character endings of the lexicon's bodies (集團, 公司), then the one-character words
        // a body is called by after 該 / 本 (局, 院: 該院 is the institute or hospital named before)
        List<String> words = new java.util.ArrayList<>(lexicon.suffixes().stream()
                .filter(s -> s.kind() == EntityKind.BODY && s.folded().length() == 2)
                .map(s -> s.folded())
                .toList());
        ONE_CHARACTER.chars().forEach(c -> words.add(String.valueOf((char) c)));
        this.endings = List.copyOf(words);
    }

    void addAll() {
        String f = view.folded();
        for (int at = 0; at + 1 < f.length(); at++) {
            if (DEMONSTRATIVES.indexOf(f.charAt(at)) < 0) {
                continue;
            }
            for (String ending : endings) {
                Span span = new Span(at, at + 1 + ending.length());
                if (f.startsWith(ending, at + 1) && mentions.isFree(span)) {
                    referredBody(at, ending).ifPresent(body ->
                            mentions.add(new Mention(span, view.surface(span), body.entity(), Mention.Origin.REFERENCE)));
                    break;
                }
            }
        }
    }

    private Optional<Mention> referredBody(int at, String ending) {
        return mentions.nearestBefore(at, Math.max(0, at - REACH), m -> {
            String name = Scripts.fold(m.entity().name());
            return m.entity().kind() == EntityKind.BODY && (ending.length() == 1 ? name.endsWith(ending) : name.contains(ending));
        });
    }
}
