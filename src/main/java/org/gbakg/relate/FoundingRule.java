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
 * Who sets something up, and where: 雙方將在南沙設立「香港科學園南沙創新中心」, 海關總署將在廣州海關設立
 * 粵港澳大灣區海關協調中心. The bodies that open the clause host the thing set up (gba:hostedBy);
 * 雙方 stands for the two bodies the sentence or the one before names together (A與B簽署…). What
 * follows 在 before the verb is where it is (gba:locatedIn).
 */
final class FoundingRule implements Rule {
    private static final Node HOSTED_BY = Vocab.gba("hostedBy");
    private static final Node LOCATED_IN = Vocab.gba("locatedIn");
    /** How far after the verb the thing set up may start: a short modifier may come between (一個服務港人的). */
    private static final int OBJECT_REACH = 10;
    private static final String[] BOTH = {"双方", "两地", "三方", "两者"};

    @Override
    public void apply(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            for (int[] verb : ctx.cues(s, Cue.ACTION_VERB)) {
                Span clause = ctx.clause(s, verb[0]);
                Optional<Mention> made = ctx.firstAfter(s, verb[0] + verb[1], EntityKind.PROJECT, EntityKind.PARK, EntityKind.ZONE,
                                EntityKind.BODY)
                        .filter(m -> m.end() <= clause.end() && m.begin() - (verb[0] + verb[1]) <= OBJECT_REACH);
                if (made.isEmpty()) {
                    continue;
                }
                EntityRef thing = ctx.resolve(made.get());
                Optional<Mention> where = placeAfterZai(ctx, s, clause.begin(), verb[0]);
                where.map(ctx::resolve).filter(p -> !p.sameAs(thing))
                        .ifPresent(p -> out.add(new Fact.Relation(thing, LOCATED_IN, p, s)));
                for (EntityRef host : hosts(ctx, s, clause, verb[0], where)) {
                    if (!host.sameAs(thing)) {
                        out.add(new Fact.Relation(thing, HOSTED_BY, host, s));
                    }
                }
            }
        }
    }

    /** 在南沙設立 / 在廣州海關設立: the name right after 在, in the clause before the verb. */
    private static Optional<Mention> placeAfterZai(Context ctx, Sentence s, int clauseBegin, int verb) {
        String f = ctx.view.folded();
        return ctx.mentions(s).stream()
                .filter(m -> m.begin() > clauseBegin && m.end() <= verb && f.charAt(m.begin() - 1) == '在')
                .filter(m -> m.entity().kind() != EntityKind.PERSON && m.entity().kind() != EntityKind.EVENT)
                .reduce((first, second) -> second);
    }

    /** The bodies before the verb in its clause, not the place; or the two a 雙方 stands for. */
    private static List<EntityRef> hosts(Context ctx, Sentence s, Span clause, int verb, Optional<Mention> where) {
        List<EntityRef> hosts = new ArrayList<>();
        for (Mention m : ctx.mentions(s)) {
            if (m.begin() >= clause.begin() && m.end() <= verb && m.entity().kind() == EntityKind.BODY
                    && where.filter(w -> w.span().equals(m.span())).isEmpty()
                    && ctx.roles(s).stream().noneMatch(r -> r.span().begin() == m.end())) {
                hosts.add(ctx.resolve(m));
            }
        }
        String opening = ctx.folded(clause.begin(), verb);
        for (String both : BOTH) {
            if (hosts.isEmpty() && opening.contains(both)) {
                hosts.addAll(partners(ctx, s));
            }
        }
        return hosts;
    }

    /** A與B / A和B: two bodies named together, in the sentence or the one before it in the paragraph. */
    private static List<EntityRef> partners(Context ctx, Sentence s) {
        List<Sentence> sentences = ctx.sentences();
        for (int i = s.index(); i >= 0 && i >= s.index() - 1 && sentences.get(i).block().equals(s.block()); i--) {
            Sentence where = sentences.get(i);
            List<Mention> bodies = ctx.mentions(where).stream().filter(m -> m.entity().kind() == EntityKind.BODY).toList();
            String f = ctx.view.folded();
            for (int k = 0; k + 1 < bodies.size(); k++) {
                Mention a = bodies.get(k);
                Mention b = bodies.get(k + 1);
                String between = f.substring(a.end(), Math.max(a.end(), b.begin()));
                if (between.endsWith("与") || between.endsWith("和") || between.endsWith("同") || between.endsWith("及")) {
                    return List.of(ctx.resolve(a), ctx.resolve(b));
                }
            }
        }
        return List.of();
    }
}
