package org.gbakg.relate;

import java.util.List;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Term;
import org.gbakg.recognise.EntityRef;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;

/**
 * Offices and other units of a body, known by their name: a body found in the text whose name is
 * a known body's name and a body ending (國家發展改革委 + 地區振興司, 香港特區政府 + 新聞處) is
 * {@code org:unitOf} that body.
 */
final class UnitRule implements Rule {

    @Override
    public void apply(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            for (var m : ctx.mentions(s)) {
                EntityRef unit = ctx.resolve(m);
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
                if (parent != null) {
                    out.add(new Fact.Relation(unit, Vocab.org("unitOf"), parent, s));
                }
            }
        }
    }
}
