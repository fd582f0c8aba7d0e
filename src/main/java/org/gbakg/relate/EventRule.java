package org.gbakg.relate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * Events with their date (5日, 本周四), place (在北京) and host, and who attended: the people
 * and bodies before 出席 / 參加 in the clause (國家發展改革委、海關總署…相關負責人…均到京出席).
 */
final class EventRule implements Rule {

    @Override
    public void apply(Context ctx, List<Fact> out) {
        Set<String> dated = new HashSet<>();
        for (Sentence s : ctx.sentences()) {
            for (Mention m : ctx.mentions(s)) {
                if (m.entity().kind() != EntityKind.EVENT) {
                    continue;
                }
                EntityRef event = ctx.resolve(m);
                String before = ctx.folded(s.span().begin(), m.begin());
                Optional<java.time.LocalDate> date = ctx.dates.firstDay(lastClause(before));
                Span clause = ctx.clause(s, m.begin());
                Optional<EntityRef> place = ctx.lastBefore(s, m.begin(), EntityKind.REGION)
                        .filter(r -> r.begin() >= clause.begin())
                        .filter(r -> r.begin() > 0 && ctx.folded(r.begin() - 1, r.begin()).equals("在")
                                || ctx.folded(r.end(), Math.min(r.end() + 2, s.span().end())).startsWith("举行"))
                        .map(ctx::resolve)
                        .or(() -> heldAt(ctx, s, m));
                Optional<EntityRef> host = Coreference.host(ctx.recognised, ctx.lexicon, m).map(ctx.coreference::resolve);
                if (dated.add(event.key() + date.map(Object::toString).orElse("")) || host.isPresent() || place.isPresent()) {
                    out.add(new Fact.Event(event, date, place, host, s));
                }
            }
            for (int[] verb : ctx.cues(s, Cue.ATTEND_VERB)) {
                attendance(ctx, s, verb, out);
            }
        }
    }

    /** 大會在佛山三龍灣高端創新集聚區舉行 / 論壇25日在廣州南沙開幕: the place after the event, before the verb. */
    private static Optional<EntityRef> heldAt(Context ctx, Sentence s, Mention event) {
        String f = ctx.view.folded();
        Span clause = ctx.clause(s, event.begin());
        return ctx.mentions(s).stream()
                .filter(p -> p.begin() > event.end() && p.end() <= clause.end() && p.begin() - event.end() <= 8
                        && f.charAt(p.begin() - 1) == '在' && (p.entity().kind().isPlace() || p.entity().kind() == EntityKind.BODY))
                .filter(p -> p.end() < clause.end() && Phrases.startsHoldVerb(f, p.end()))
                .findFirst()
                .map(ctx::resolve);
    }

    private void attendance(Context ctx, Sentence s, int[] verb, List<Fact> out) {
        Optional<EntityRef> event = ctx.firstAfter(s, verb[0] + verb[1], EntityKind.EVENT)
                .filter(m -> m.begin() - (verb[0] + verb[1]) <= 2)
                .map(ctx::resolve)
                .or(() -> ctx.eventInDiscourse(s, verb[0]));
        if (event.isEmpty()) {
            return;
        }
        int clauseBegin = ctx.clause(s, verb[0]).begin();
        boolean personFound = false;
        for (Mention m : ctx.mentions(s)) {
            if (m.end() > verb[0] || m.begin() < clauseBegin) {
                continue;
            }
            boolean inPostChain = ctx.roles(s).stream().anyMatch(r -> r.span().begin() == m.end());
            if (m.entity().kind() == EntityKind.PERSON || m.entity().kind() == EntityKind.BODY && !inPostChain) {
                out.add(new Fact.Relation(event.get(), Vocab.gba("participant"), ctx.resolve(m), s));
                personFound |= m.entity().kind() == EntityKind.PERSON;
            }
        }
        if (!personFound) {
            // 李家超今日應…邀請，率領代表團在廣州出席…: the sentence's person carries over to a clause without one
            ctx.mentions(s).stream()
                    .filter(m -> m.end() <= clauseBegin && m.entity().kind() == EntityKind.PERSON)
                    .findFirst()
                    .ifPresent(m -> out.add(new Fact.Relation(event.get(), Vocab.gba("participant"), ctx.resolve(m), s)));
        }
        listedAttendees(ctx, s, verb, event.get(), out);
    }

    /** 出席會議的包括張虎和陳立明等: the people listed after 的包括 attended. */
    private void listedAttendees(Context ctx, Sentence s, int[] verb, EntityRef event, List<Fact> out) {
        String f = ctx.view.folded();
        int after = verb[0] + verb[1];
        int include = Phrases.indexWithin(f, "的包括", after, Math.min(s.span().end(), after + 12));
        if (include < 0) {
            return;
        }
        // the list runs to the end of the clause; titles and bodies stand between its names
        Span list = ctx.clause(s, include + 3);
        ctx.mentions(s).stream()
                .filter(m -> m.begin() > include && m.end() <= list.end() && m.entity().kind() == EntityKind.PERSON)
                .forEach(person -> out.add(new Fact.Relation(event, Vocab.gba("participant"), ctx.resolve(person), s)));
    }

    private static String lastClause(String before) {
        int cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'));
        return cut < 0 ? before : before.substring(cut + 1);
    }
}
