package org.gbakg.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Recognised;

/** Runs every rule over a recognised article. */
public final class Relator {
    private final Lexicon lexicon;
    private final List<Rule> rules = List.of(
            new PostRule(), new StatementRule(), new EventRule(), new VerbRelationRule(),
            new FocusRule(), new PartsRule(), new UnitRule(), new InvitationRule(), new FoundingRule(), new SigningRule(), new QuantityRule());

    public Relator(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private boolean isBareEventNoun(org.gbakg.recognise.Mention m) {
        if (m.entity().kind() != org.gbakg.lexicon.EntityKind.EVENT) {
            return false;
        }
        String folded = org.gbakg.lexicon.Scripts.fold(m.surface());
        int noun = lexicon.cueEndingAt(org.gbakg.lexicon.Cue.EVENT_NOUN, folded, folded.length());
        return folded.length() - noun <= 2;
    }

    public Reading read(Recognised recognised) {
        Context ctx = new Context(recognised, lexicon);
        List<Fact> facts = new ArrayList<>();
        for (Rule rule : rules) {
            rule.apply(ctx, facts);
        }
        Map<org.gbakg.recognise.Mention, EntityRef> aliases = new LinkedHashMap<>(ctx.coreference.aliases());
        // short names the article states (下稱「南沙領導小組」), short forms (特區政府) and bare nouns (合作區) name their entity too
        recognised.mentions().stream()
                .filter(m -> m.origin() == org.gbakg.recognise.Mention.Origin.ALIAS
                        || m.origin() == org.gbakg.recognise.Mention.Origin.SHORT_FORM)
                .filter(m -> !Scripts.fold(m.surface()).equals(Scripts.fold(m.entity().name())))
                .forEach(m -> aliases.putIfAbsent(m, ctx.resolve(m)));
        aliases.forEach((mention, target) -> {
            if (isBareEventNoun(mention)) {
                return; // 此次發布會 names the event but is no name of it
            }
            recognised.article().sentenceAt(mention.begin())
                    .filter(s -> s.span().contains(mention.span()))
                    .ifPresent(s -> facts.add(new Fact.Alias(target, mention.surface(), s)));
        });
        List<Reading.ResolvedMention> mentions = recognised.mentions().stream()
                .map(m -> new Reading.ResolvedMention(m, ctx.resolve(m)))
                .toList();
        return new Reading(recognised, mentions, facts);
    }
}
