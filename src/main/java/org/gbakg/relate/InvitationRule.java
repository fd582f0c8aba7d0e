package org.gbakg.relate;

import java.util.List;
import java.util.Optional;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;

/**
 * Invitations: BODY … 邀請 X 參加 / 出席. The invited are the people, bodies and posts named
 * between the two verbs (香港、澳門特別行政區行政長官); the inviter is the last body before 邀請.
 */
final class InvitationRule implements Rule {
    private static final String INVITE = "邀请";

    @Override
    public void apply(Context ctx, List<Fact> out) {
        String f = ctx.view.folded();
        for (Sentence s : ctx.sentences()) {
            int invite = Phrases.indexWithin(f, INVITE, s.span().begin(), s.span().end());
            if (invite < 0) {
                continue;
            }
            int from = invite + INVITE.length();
            int until = ctx.cues(s, org.gbakg.lexicon.Cue.ATTEND_VERB).stream()
                    .mapToInt(c -> c[0]).filter(c -> c > from).min().orElse(-1);
            Optional<EntityRef> inviter = ctx.lastBefore(s, invite, EntityKind.BODY).map(ctx::resolve);
            if (until < 0 || inviter.isEmpty()) {
                continue;
            }
            for (PostRule.OfficeMention office : PostRule.offices(ctx, s)) {
                if (office.at().span().begin() >= from && office.at().span().end() <= until) {
                    out.add(new Fact.Relation(office.office(), Vocab.gba("invitedTo"), inviter.get(), s));
                }
            }
            for (Mention m : ctx.mentions(s)) {
                boolean between = m.begin() >= from && m.end() <= until;
                boolean invitable = m.entity().kind() == EntityKind.PERSON || m.entity().kind() == EntityKind.BODY;
                boolean holdsAnOffice = ctx.roles(s).stream().anyMatch(r -> r.span().begin() == m.end());
                if (between && invitable && !holdsAnOffice) {
                    out.add(new Fact.Relation(ctx.resolve(m), Vocab.gba("invitedTo"), inviter.get(), s));
                }
            }
        }
    }
}
