package org.gbakg.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * Relations carried by a verb between two names:
 * <ul>
 *   <li>issue: BODY (上周 / 今年5月) 印發《DOCUMENT》 → gba:issuedBy, dated;</li>
 *   <li>location: X 設在 Y, or 位於 Y 的 X → gba:hostedBy between bodies, else gba:locatedIn;</li>
 *   <li>service: PLATFORM … 服務於 REGION → gba:serves;</li>
 *   <li>leadership: 在 BODY 領導下 … PARK → gba:ledBy;</li>
 *   <li>merger: BODIES 合併為 BODY → an org:ChangeEvent.</li>
 * </ul>
 */
final class VerbRelationRule implements Rule {
    private static final Node LOCATED_IN = Vocab.gba("locatedIn");
    private static final Node HOSTED_BY = Vocab.gba("hostedBy");
    /** How long a smaller place named after the first may be: 珠海高新區|唐家灣|的. */
    private static final int NARROWER_PLACE = 5;

    @Override
    public void apply(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            issues(ctx, s, out);
            locations(ctx, s, out);
            services(ctx, s, out);
            leadership(ctx, s, out);
            mergers(ctx, s, out);
            builtIn(ctx, s, out);
            organisedBy(ctx, s, out);
        }
    }

    /** Verbs of running something after 由 BODY: 大會由前海管理局主辦, 中心由科技園公司營運. */
    private static final String[] RUN_VERBS = {"主办", "承办", "举办", "营运", "运营", "管理", "牵头", "负责", "建设", "设立",
        "组建", "投资", "发起", "出资"};
    /** Adverbs between the runners and their verb: 共同主辦, 聯合發起. */
    private static final String[] TOGETHER = {"共同", "联合", "合作"};

    private static final java.util.regex.Pattern COUNTED_GROUP = java.util.regex.Pattern.compile(
            "(等)?[0-9一二两三四五六七八九十]+[个家所项名位]\\p{IsHan}{1,3}?(?=" + String.join("|", RUN_VERBS) + "|" + String.join("|", TOGETHER) + ")");

    /** X 由 BODY 主辦 / 營運: X is run by the body (an event's organiser, a place's host). */
    private void organisedBy(Context ctx, Sentence s, List<Fact> out) {
        String f = ctx.view.folded();
        for (Mention body : ctx.mentions(s)) {
            boolean opensClause = body.begin() > s.span().begin() && f.charAt(body.begin() - 1) == '，';
            if (body.entity().kind() != EntityKind.BODY || body.begin() == 0 || !runBy(ctx, s, body) && !opensClause) {
                continue;
            }
            int after = skipBracket(f, body.end()); // 市人力資源和社會保障局（以下簡稱「市人社局」）承辦
            while (after + 1 < f.length() && "、与和及".indexOf(f.charAt(after)) >= 0) {
                int next = after + 1; // 由機管局與東莞市人民政府共同建設: the verb comes after the whole list
                Optional<Mention> partner = ctx.mentions(s).stream()
                        .filter(m -> m.begin() == next && m.entity().kind() == EntityKind.BODY).findFirst();
                if (partner.isEmpty()) {
                    break;
                }
                after = skipBracket(f, partner.get().end());
            }
            java.util.regex.Matcher counted = COUNTED_GROUP.matcher(f.substring(after, Math.min(f.length(), after + 8)));
            if (counted.lookingAt()) {
                after += counted.end(); // 由中山大學、香港中文大學、澳門大學3所高校發起
            }
            for (String together : TOGETHER) {
                if (f.startsWith(together, after)) {
                    after += together.length(); // 由機管局與東莞市人民政府共同建設
                }
            }
            int verbEnd = -1;
            for (String verb : RUN_VERBS) {
                if (f.startsWith(verb, after)) {
                    verbEnd = after + verb.length();
                }
            }
            if (verbEnd < 0) {
                continue;
            }
            EntityKind[] runnable = {EntityKind.EVENT, EntityKind.PROJECT, EntityKind.PARK, EntityKind.ZONE, EntityKind.PLATFORM};
            // 由前海管理局主辦的2024前海全球服務商大會: the thing follows 的; else it came before 由
            // 由市政府主辦、市人社局承辦的大會: the thing follows the 的 that closes the list of runners
            int of = verbEnd < s.span().end() && f.charAt(verbEnd) == '、'
                    ? f.indexOf('的', verbEnd) : verbEnd;
            boolean follows = of >= 0 && of < ctx.clause(s, verbEnd).end() && f.charAt(of) == '的';
            Optional<EntityRef> run = follows
                    ? ctx.firstAfter(s, of + 1, runnable).filter(m -> m.begin() - (of + 1) <= 1).map(ctx::resolve)
                    : ctx.lastBefore(s, body.begin(), runnable).map(ctx::resolve);
            if (opensClause && !runBy(ctx, s, body)) {
                // …共同主辦，前海管理局承辦: a clause of its own, about the event just named
                run = follows ? Optional.empty() : ctx.lastBefore(s, body.begin(), EntityKind.EVENT).map(ctx::resolve);
            }
            run.ifPresent(x -> {
                Node property = x.kind() == EntityKind.EVENT ? NodeFactory.createURI(Vocab.SCHEMA + "organizer") : HOSTED_BY;
                out.add(new Fact.Relation(x, property, ctx.resolve(body), s));
            });
        }
    }

    private static int skipBracket(String f, int at) {
        int close = at < f.length() && f.charAt(at) == '（' ? f.indexOf('）', at) : -1;
        return close > 0 ? close + 1 : at;
    }

    /** 由 BODY, or a BODY in a list of runners that 由 opened (由市政府主辦、市人社局承辦, 由A與B共同建設). */
    private static boolean runBy(Context ctx, Sentence s, Mention body) {
        char before = ctx.view.folded().charAt(body.begin() - 1);
        return before == '由' || "、与和及".indexOf(before) >= 0
                && ctx.folded(ctx.clause(s, body.begin()).begin(), body.begin()).contains("由");
    }

    /** 深圳園區將加快建設 A、B、C: what a park or platform builds is located in it. */
    private void builtIn(Context ctx, Sentence s, List<Fact> out) {
        for (int[] verb : ctx.cues(s, Cue.ACTION_VERB)) {
            Optional<Mention> place = ctx.lastBefore(s, verb[0], EntityKind.PARK, EntityKind.PLATFORM, EntityKind.ZONE)
                    .filter(p -> p.begin() >= ctx.clause(s, verb[0]).begin());
            if (place.isEmpty()) {
                continue;
            }
            String f = ctx.view.folded();
            int at = verb[0] + verb[1];
            while (at < s.span().end() && lexiconStartsVerb(ctx, f, at) > 0) {
                at += lexiconStartsVerb(ctx, f, at); // 加快推進建設 …
            }
            for (EntityKind kind : new EntityKind[] {EntityKind.PROJECT, EntityKind.PARK, EntityKind.ZONE, EntityKind.EVENT}) {
                for (Mention built : Phrases.listedAfter(ctx, s, at, kind)) {
                    EntityRef thing = ctx.resolve(built);
                    if (!thing.sameAs(ctx.resolve(place.get()))) {
                        out.add(new Fact.Relation(thing, LOCATED_IN, ctx.resolve(place.get()), s));
                    }
                }
            }
        }
    }

    private static int lexiconStartsVerb(Context ctx, String f, int at) {
        return ctx.lexicon.cueAt(Cue.ACTION_VERB, f, at);
    }

    private void issues(Context ctx, Sentence s, List<Fact> out) {
        for (int[] verb : ctx.cues(s, Cue.ISSUE_VERB)) {
            int after = verb[0] + verb[1];
            Optional<EntityRef> doc = ctx.firstAfter(s, after, EntityKind.DOCUMENT).filter(d -> d.begin() - after <= 3)
                    .map(ctx::resolve)
                    .or(() -> earlierDocument(ctx, s, after));
            Optional<Mention> issuer = ctx.lastBefore(s, verb[0], EntityKind.BODY);
            if (doc.isEmpty() || issuer.isEmpty()) {
                continue;
            }
            String between = ctx.folded(ctx.clause(s, verb[0]).begin(), verb[0]);
            for (Mention body : coIssuers(ctx, s, issuer.get())) {
                out.add(new Fact.Issue(doc.get(), ctx.resolve(body), ctx.dates.first(between), s));
            }
        }
    }

    /** 中共中央、國務院印發: every body of the list before the verb issued it. */
    private static List<Mention> coIssuers(Context ctx, Sentence s, Mention last) {
        List<Mention> bodies = new ArrayList<>(List.of(last));
        String f = ctx.view.folded();
        Mention current = last;
        while (current.begin() > s.span().begin() && "、和及与".indexOf(f.charAt(current.begin() - 1)) >= 0) {
            int end = current.begin() - 1;
            Optional<Mention> before = ctx.mentions(s).stream()
                    .filter(m -> m.end() == end && m.entity().kind() == EntityKind.BODY).findFirst();
            if (before.isEmpty()) {
                break;
            }
            current = before.get();
            bodies.add(0, current);
        }
        return bodies;
    }

    /** 印發上述措施 / 該方案: the document the article named last. */
    private static Optional<EntityRef> earlierDocument(Context ctx, Sentence s, int after) {
        String f = ctx.view.folded();
        if (!(f.startsWith("上述", after) || f.startsWith("该", after) || f.startsWith("这一", after) || f.startsWith("此", after))) {
            return Optional.empty();
        }
        Mention last = null;
        for (Sentence earlier : ctx.sentences()) {
            if (earlier.span().begin() > s.span().begin()) {
                break;
            }
            for (Mention m : ctx.mentions(earlier)) {
                if (m.entity().kind() == EntityKind.DOCUMENT && m.end() <= after) {
                    last = m;
                }
            }
        }
        return Optional.ofNullable(last).map(ctx::resolve);
    }

    private void locations(Context ctx, Sentence s, List<Fact> out) {
        String f = ctx.view.folded();
        for (int[] verb : ctx.cues(s, Cue.LOCATION_VERB)) {
            int after = verb[0] + verb[1];
            Optional<Mention> where = ctx.firstAfter(s, after, EntityKind.BODY, EntityKind.REGION, EntityKind.PLATFORM,
                    EntityKind.PARK, EntityKind.ZONE, EntityKind.PROJECT).filter(m -> m.begin() - after <= 1);
            if (where.isEmpty()) {
                continue;
            }
            Optional<EntityRef> what;
            int de = where.get().end();
            while (de < s.span().end() && "内中里".indexOf(f.charAt(de)) >= 0) {
                de++; // 位於合作區內的…
            }
            int narrower = f.indexOf('的', de);
            if (narrower > de && narrower - de <= NARROWER_PLACE
                    && f.substring(de, narrower).codePoints().allMatch(Character::isIdeographic)) {
                de = narrower; // 位於珠海高新區唐家灣的…: a smaller place named after the first
            }
            if (de < s.span().end() && f.charAt(de) == '的') {
                int after2 = de + 1;
                what = ctx.firstAfter(s, after2).filter(m -> m.begin() - after2 <= 1).map(ctx::resolve);
            } else {
                // the thing before the verb in its clause, else the one the sentence is about (…設立，設在南沙)
                int clauseBegin = ctx.clause(s, verb[0]).begin();
                Optional<Mention> before = ctx.lastBefore(s, verb[0], EntityKind.BODY, EntityKind.PLATFORM, EntityKind.PARK,
                        EntityKind.ZONE, EntityKind.PROJECT);
                what = before.filter(m -> m.begin() >= clauseBegin).map(ctx::resolve)
                        .or(() -> Phrases.carriedSubject(ctx, s, verb[0]))
                        .or(() -> before.map(ctx::resolve));
            }
            if (what.isEmpty()) {
                continue;
            }
            EntityRef x = what.get();
            EntityRef y = ctx.resolve(where.get());
            boolean hosted = x.kind() == EntityKind.BODY && y.kind() == EntityKind.BODY;
            if (!x.sameAs(y)) {
                out.add(new Fact.Relation(x, hosted ? HOSTED_BY : LOCATED_IN, y, s));
            }
        }
    }

    private void services(Context ctx, Sentence s, List<Fact> out) {
        for (int[] verb : ctx.cues(s, Cue.SERVE_VERB)) {
            Optional<EntityRef> subject = ctx.lastBefore(s, verb[0], EntityKind.PLATFORM, EntityKind.PARK, EntityKind.ZONE,
                    EntityKind.PROJECT).map(ctx::resolve).or(() -> ctx.topic(s));
            if (subject.isEmpty()) {
                continue;
            }
            for (Mention region : Phrases.listedAfter(ctx, s, verb[0] + verb[1], EntityKind.REGION)) {
                out.add(new Fact.Relation(subject.get(), Vocab.gba("serves"), ctx.resolve(region), s));
            }
        }
    }

    private void leadership(Context ctx, Sentence s, List<Fact> out) {
        String f = ctx.view.folded();
        for (Mention leader : ctx.mentions(s)) {
            if (leader.entity().kind() != EntityKind.BODY || leader.begin() == 0
                    || f.charAt(leader.begin() - 1) != '在' || !f.startsWith("领导下", leader.end())) {
                continue;
            }
            ctx.firstAfter(s, leader.end(), EntityKind.PLATFORM, EntityKind.PARK, EntityKind.ZONE, EntityKind.PROJECT)
                    .ifPresent(led -> out.add(new Fact.Relation(ctx.resolve(led), Vocab.gba("ledBy"), ctx.resolve(leader), s)));
        }
    }

    private void mergers(Context ctx, Sentence s, List<Fact> out) {
        for (int[] verb : ctx.cues(s, Cue.MERGE_VERB)) {
            int after = verb[0] + verb[1];
            Optional<Mention> result = ctx.firstAfter(s, after, EntityKind.BODY).filter(m -> m.begin() - after <= 2);
            if (result.isEmpty()) {
                continue;
            }
            Span clause = ctx.clause(s, verb[0]);
            // 把 X 合併為 Y: what is merged stands between 把 and the verb
            int ba = ctx.folded(clause.begin(), verb[0]).lastIndexOf('把');
            int from = ba < 0 ? clause.begin() : clause.begin() + ba + 1;
            EntityRef merged = ctx.resolve(result.get());
            List<EntityRef> originals = ctx.mentions(s).stream()
                    .filter(m -> m.entity().kind() == EntityKind.BODY && m.begin() >= from && m.end() <= verb[0])
                    .map(ctx::resolve).filter(e -> !e.sameAs(merged)).toList();
            if (!originals.isEmpty()) {
                out.add(new Fact.Merger(originals, ctx.resolve(result.get()), s));
            }
        }
    }
}
