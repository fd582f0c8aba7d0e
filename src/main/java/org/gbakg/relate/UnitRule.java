package org.gbakg.relate;

import java.util.List;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.lexicon.Term;
import org.gbakg.recognise.EntityRef;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;

/**
 * Offices and other units of a body, known by their name: a body found in the text whose name is
 * a known body's name and a body ending (國家發展改革委 + 地區振興司, 香港特區政府 + 新聞處) is
 * {@code org:unitOf} that body; a body said to be under another (隸屬) is its
 * {@code org:subOrganizationOf}.
 */
final class UnitRule implements Rule {
    private static final String[] OF = {"辖下的", "下属的", "属下的", "旗下的", "的"};

    /** 發展局轄下的北部都會區統籌辦事處, 規劃署的北部都會區專責組: the body named right before. */
    private static java.util.Optional<EntityRef> ownerBefore(Context ctx, Sentence s, org.gbakg.recognise.Mention unit) {
        String f = ctx.view.folded();
        for (String of : OF) {
            int end = unit.begin() - of.length();
            if (end > s.span().begin() && f.startsWith(of, end)) {
                return ctx.mentions(s).stream()
                        .filter(m -> m.end() == end && m.entity().kind() == EntityKind.BODY)
                        .findFirst().map(ctx::resolve);
            }
        }
        return java.util.Optional.empty();
    }


    /** 肇慶海關隸屬廣州海關: the body right after 隸屬 (於) is the one above. */
    private static java.util.Optional<EntityRef> superiorAfter(Context ctx, Sentence s, org.gbakg.recognise.Mention body) {
        String f = ctx.view.folded();
        for (String under : new String[] {"隶属于", "隶属"}) {
            if (f.startsWith(under, body.end())) {
                int at = body.end() + under.length();
                return ctx.mentions(s).stream()
                        .filter(m -> m.begin() == at && m.entity().kind() == EntityKind.BODY)
                        .findFirst().map(ctx::resolve);
            }
        }
        return java.util.Optional.empty();
    }

    /** 南沙領導小組辦公室: a body the article names (here by its short name) opens the unit's name. */
    private static java.util.Optional<EntityRef> namedBodyOpening(Context ctx, java.util.Map<String, EntityRef> bodies,
            String unitName, EntityRef unit) {
        EntityRef best = null;
        int longest = 1;
        for (java.util.Map.Entry<String, EntityRef> other : bodies.entrySet()) {
            String name = other.getKey();
            if (name.length() > longest && unitName.startsWith(name) && !other.getValue().sameAs(unit)
                    && ctx.lexicon.suffixOf("x" + unitName.substring(name.length())).isPresent()) {
                best = other.getValue();
                longest = name.length();
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Every name by which the article names a body, once each. */
    private static java.util.Map<String, EntityRef> bodyNames(Context ctx) {
        java.util.Map<String, EntityRef> names = new java.util.LinkedHashMap<>();
        for (org.gbakg.recognise.Mention m : ctx.recognised.mentions()) {
            if (m.entity().kind() == EntityKind.BODY) {
                names.putIfAbsent(Scripts.fold(m.surface()), ctx.resolve(m));
            }
        }
        return names;
    }

    @Override
    public void apply(Context ctx, List<Fact> out) {
        java.util.Map<String, EntityRef> bodies = bodyNames(ctx);
        for (Sentence s : ctx.sentences()) {
            for (var m : ctx.mentions(s)) {
                EntityRef unit = ctx.resolve(m);
                if (unit.kind() == EntityKind.BODY) {
                    superiorAfter(ctx, s, m).filter(up -> !up.sameAs(unit))
                            .ifPresent(up -> out.add(new Fact.Relation(unit, Vocab.org("subOrganizationOf"), up, s)));
                }
                if (unit.kind() != EntityKind.BODY || unit.known().isPresent()) {
                    continue;
                }
                String name = ctx.folded(m.span());
                EntityRef parent = null;
                int longest = 0;
                for (Lexicon.Match match : ctx.lexicon.find(name)) {
                    if (match.begin() != 0 || match.end() >= name.length() - 1 || match.end() <= longest
                            || ctx.lexicon.suffixOf(name.substring(match.end())).isEmpty()) {
                        continue;
                    }
                    for (Term t : match.terms()) {
                        if (t instanceof Term.EntityTerm e && !e.shortForm() && e.entity().kind() == EntityKind.BODY) {
                            parent = EntityRef.of(e.entity());
                            longest = match.end();
                        }
                    }
                }
                if (parent == null) {
                    parent = ownerBefore(ctx, s, m).or(() -> namedBodyOpening(ctx, bodies, name, unit)).orElse(null);
                }
                if (parent != null && !parent.sameAs(unit)) {
                    out.add(new Fact.Relation(unit, Vocab.org("unitOf"), parent, s));
                }
            }
        }
    }
}
