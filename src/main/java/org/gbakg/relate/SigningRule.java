package org.gbakg.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.rdf.Vocab;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * Agreements and who signed them: 市人社局與香港青年創新創業協會簽署《佛港青年人才交流合作備忘錄》.
 * The signatories are the bodies before the verb in its clause (a body named with its official's
 * title signs through that official); the agreement is the title in 《》 right after the verb.
 */
final class SigningRule implements Rule {
    private static final Node SIGNED_BY = Vocab.gba("signedBy");
    /** How far after the verb the title may start: 了, 共同, 雙方 may come between. */
    private static final int TITLE_REACH = 6;

    @Override
    public void apply(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            for (int[] verb : ctx.cues(s, Cue.SIGN_VERB)) {
                int after = verb[0] + verb[1];
                Optional<Mention> agreement = ctx.firstAfter(s, after, EntityKind.DOCUMENT)
                        .filter(d -> d.begin() - after <= TITLE_REACH);
                if (agreement.isEmpty()) {
                    continue;
                }
                EntityRef document = ctx.resolve(agreement.get());
                for (EntityRef signatory : signatories(ctx, s, verb[0])) {
                    out.add(new Fact.Relation(document, SIGNED_BY, signatory, s));
                }
            }
        }
    }

    private static List<EntityRef> signatories(Context ctx, Sentence s, int verb) {
        Span clause = ctx.clause(s, verb);
        List<EntityRef> bodies = new ArrayList<>();
        for (Mention m : ctx.mentions(s)) {
            if (m.begin() >= clause.begin() && m.end() <= verb && m.entity().kind() == EntityKind.BODY) {
                bodies.add(ctx.resolve(m));
            }
        }
        return bodies;
    }
}
