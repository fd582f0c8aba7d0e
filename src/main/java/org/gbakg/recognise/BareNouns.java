package org.gbakg.recognise;

import java.util.List;
import java.util.Optional;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.lexicon.Suffix;
import org.gbakg.text.Span;

/**
 * A place ending used alone as a noun (合作區總面積約106平方公里, 園區企業) names the place of that
 * kind the article named last before it, whose name ends the same way: the way news text says
 * "the zone" after naming it once. A demonstrative or a time word may stand before it (目前新區).
 * 項目 or 工程 alone names the project named last, close before it, whatever its name ends with.
 */
final class BareNouns {
    private static final String BEFORE = "该这本此其";
    private static final int REACH = 3000;
    private static final int PROJECT_REACH = 200;
    /** Words for any project, not for one kind of it (中心, 實驗室): 項目 may name a project of any name. */
    private static final java.util.Set<String> GENERIC_PROJECT_NOUNS = java.util.Set.of("项目", "工程");

    private final TextView view;
    private final Lexicon lexicon;
    private final MentionSet mentions;

    BareNouns(TextView view, Lexicon lexicon, MentionSet mentions) {
        this.view = view;
        this.lexicon = lexicon;
        this.mentions = mentions;
    }

    void addAll() {
        List<Suffix> places = lexicon.suffixes().stream()
                .filter(s -> s.folded().length() >= 2 && (s.kind() == EntityKind.PLATFORM || s.kind() == EntityKind.PARK
                        || s.kind() == EntityKind.ZONE || s.kind() == EntityKind.PROJECT))
                .toList();
        String f = view.folded();
        for (Suffix noun : places) {
            for (int at = f.indexOf(noun.folded()); at >= 0; at = f.indexOf(noun.folded(), at + 1)) {
                Span span = new Span(at, at + noun.folded().length());
                if (standsAlone(at) && mentions.isFree(span)) {
                    antecedent(noun, at).ifPresent(e -> mentions.add(new Mention(span, view.surface(span), e,
                            Mention.Origin.ALIAS)));
                }
            }
        }
    }

    /** Nothing before it that could be part of a name: a boundary, a function word or a demonstrative. */
    private boolean standsAlone(int at) {
        if (at == 0 || !view.isHan(at - 1)) {
            return true;
        }
        char before = view.at(at - 1);
        return BEFORE.indexOf(before) >= 0 || Grammar.isFunction(before) || mentions.endingAt(at).isPresent()
                || Grammar.endsDemonstrative(view.folded(), at);
    }

    /** The last place of the noun's kind named before it, within a few paragraphs. */
    private Optional<EntityRef> antecedent(Suffix noun, int at) {
        java.util.function.Predicate<Mention> sameKind = m -> m.entity().kind() == noun.kind()
                && Scripts.fold(m.entity().name()).endsWith(noun.folded());
        Optional<Mention> before = mentions.nearestBefore(at, Math.max(0, at - REACH), sameKind);
        if (before.isPresent()) {
            return before.map(Mention::entity);
        }
        if (GENERIC_PROJECT_NOUNS.contains(noun.folded())) {
            // 「澳門新街坊」項目已交付使用，項目佔地…: a project is often named without the word for it
            return mentions.nearestBefore(at, Math.max(0, at - PROJECT_REACH), m -> m.entity().kind() == EntityKind.PROJECT)
                    .map(Mention::entity);
        }
        // the place may be named in full only later (a lead that says 合作區 before 橫琴)
        return mentions.within(new Span(at, Math.min(view.folded().length(), at + REACH))).stream()
                .filter(sameKind).findFirst().map(Mention::entity);
    }
}
