package org.gbakg.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * What is part of what:
 * <ul>
 *   <li>a list after 包括: the items are part of the noun before it (一系列區域重大戰略，包括…), or, when
 *       that noun is generic (片區), of what the sentence is about (港深創科園…的第一期);</li>
 *   <li>A、B、C等 N and 以 A、B 為主的 N: the items are part of N (粵港澳重大合作平台);</li>
 *   <li>a phase (港深創科園第一期) is part of what it is a phase of; a park whose name starts with a
 *       platform's name is part of it;</li>
 *   <li>a place named after 其中 / 當中 is part of the place the sentence was about;</li>
 *   <li>places listed before a group the lexicon names, or said to be one of it (之一), are its members;</li>
 *   <li>places that make up another (由 A、B 組成, A 與 B 共同組成 C) are its parts.</li>
 * </ul>
 */
final class PartsRule implements Rule {
    private static final Node PART_OF = Vocab.gba("partOf");
    private static final String[] COLLECTION_HEADS = {"体系", "平台", "战略", "集群", "园区", "城市群", "项目", "片区"};
    private static final int MIN_COLLECTION = 4;

    @Override
    public void apply(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            lists(ctx, s, out);
            etcetera(ctx, s, out);
            phases(ctx, s, out);
            namedParts(ctx, s, out);
            adjacentParts(ctx, s, out);
            among(ctx, s, out);
            namedGroups(ctx, s, out);
            composition(ctx, s, out);
        }
    }

    /**
     * 先行啟動區…由南沙灣、慶盛樞紐、南沙樞紐三個區塊組成: the places listed after 由 are parts of
     * what the sentence is about; 松山湖科學城與深圳光明科學城共同組成…先行啟動區: the places before
     * 組成 are parts of the place after it.
     */
    private void composition(Context ctx, Sentence s, List<Fact> out) {
        String f = ctx.view.folded();
        for (String verb : new String[] {"组成", "构成"}) {
            for (int at = Phrases.indexWithin(f, verb, s.span().begin(), s.span().end()); at >= 0;
                    at = Phrases.indexWithin(f, verb, at + 1, s.span().end())) {
                int v = at;
                Span clause = ctx.clause(s, v);
                java.util.function.Predicate<Mention> place = m -> m.entity().kind().isPlace() && m.entity().kind() != EntityKind.REGION;
                List<Mention> before = ctx.mentions(s).stream()
                        .filter(m -> m.begin() >= clause.begin() && m.end() <= v && place.test(m)).toList();
                int by = f.lastIndexOf('由', v);
                if (by >= clause.begin()) {
                    Optional<EntityRef> whole = Phrases.carriedSubject(ctx, s, by);
                    whole.ifPresent(w -> before.stream().filter(m -> m.begin() > by)
                            .forEach(part -> addPart(ctx, part, w, s, out)));
                } else {
                    ctx.firstAfter(s, v + verb.length()).filter(m -> place.test(m) && m.end() <= clause.end())
                            .map(ctx::resolve)
                            .ifPresent(w -> before.forEach(part -> addPart(ctx, part, w, s, out)));
                }
            }
        }
    }

    /**
     * A group the lexicon knows by name: the places listed right before it are its members
     * (南沙、橫琴、前海、河套四大平台, …等四大平台), and so is the subject of …之一 (南沙是四個重大合作平台之一).
     */
    private void namedGroups(Context ctx, Sentence s, List<Fact> out) {
        String f = ctx.view.folded();
        for (Mention group : ctx.mentions(s)) {
            if (group.entity().kind() != EntityKind.COLLECTION) {
                continue;
            }
            EntityRef parent = ctx.resolve(group);
            int listEnd = group.begin() > 0 && f.charAt(group.begin() - 1) == '等' ? group.begin() - 1 : group.begin();
            List<Mention> items = itemsBefore(ctx, s, listEnd, false);
            if (items.size() >= 2) {
                items.forEach(item -> addPart(ctx, item, parent, s, out));
            } else if (f.startsWith("之一", group.end())) {
                Phrases.clauseSubject(ctx, s, group.begin()).ifPresent(member -> {
                    if (!member.sameAs(parent)) {
                        out.add(new Fact.Relation(member, PART_OF, parent, s));
                    }
                });
            }
        }
    }

    /**
     * 北部都會區總面積約300平方公里，當中新田科技城佔地約627公頃: a place named right after 其中 / 當中 is
     * part of the place the sentence was about before it.
     */
    private void among(Context ctx, Sentence s, List<Fact> out) {
        String f = ctx.view.folded();
        for (Mention m : ctx.mentions(s)) {
            int before = m.begin() - 2;
            if (!m.entity().kind().isPlace() || m.entity().kind() == EntityKind.REGION || before <= s.span().begin()
                    || !(f.startsWith("其中", before) || f.startsWith("当中", before)) || "，,；;".indexOf(f.charAt(before - 1)) < 0) {
                continue;
            }
            Phrases.carriedSubject(ctx, s, before - 1)
                    .filter(whole -> whole.kind().isPlace())
                    .ifPresent(whole -> addPart(ctx, m, whole, s, out));
        }
    }

    private void lists(Context ctx, Sentence s, List<Fact> out) {
        for (int[] verb : ctx.cues(s, Cue.LIST_VERB)) {
            List<Mention> items = Phrases.listedAfter(ctx, s, verb[0] + verb[1],
                    m -> m.entity().kind() != EntityKind.PERSON && m.entity().kind() != EntityKind.EVENT);
            if (items.isEmpty()) {
                continue;
            }
            int nounEnd = beforeComma(ctx, s, verb[0]);
            String noun = stripDemonstratives(Phrases.nounBefore(ctx, nounEnd, s.span().begin()));
            Optional<EntityRef> parent;
            Optional<Mention> named = ctx.mentions(s).stream().filter(m -> m.end() == nounEnd).findFirst();
            if (named.isPresent()) {
                parent = Optional.of(ctx.resolve(named.get()));
            } else if (noun.length() >= MIN_COLLECTION) {
                parent = Optional.of(collection(ctx, noun, nounEnd));
            } else {
                parent = Phrases.subjectBefore(ctx, s, verb[0]);
            }
            parent.ifPresent(p -> items.forEach(i -> addPart(ctx, i, p, s, out)));
        }
    }

    private static int beforeComma(Context ctx, Sentence s, int pos) {
        while (pos > s.span().begin() && "，, ".indexOf(ctx.view.folded().charAt(pos - 1)) >= 0) {
            pos--;
        }
        return pos;
    }

    private void etcetera(Context ctx, Sentence s, List<Fact> out) {
        String f = ctx.view.folded();
        for (int i = s.span().begin(); i < s.span().end(); i++) {
            int at = i;
            boolean deng = f.charAt(i) == '等' && ctx.mentions(s).stream().anyMatch(m -> m.end() == at);
            boolean weizhu = f.startsWith("为主的", i);
            if (!deng && !weizhu) {
                continue;
            }
            List<Mention> items = itemsBefore(ctx, s, i, weizhu);
            int nounBegin = i + (deng ? 1 : 3);
            String noun = collectionNoun(ctx, nounBegin, s.span().end());
            if (items.size() < 2 || noun.length() < MIN_COLLECTION) {
                continue;
            }
            EntityRef parent = collection(ctx, noun, nounBegin + noun.length());
            items.forEach(item -> addPart(ctx, item, parent, s, out));
        }
    }

    private void phases(Context ctx, Sentence s, List<Fact> out) {
        for (Mention m : ctx.mentions(s)) {
            if (m.entity().kind().isPlace() || m.entity().kind() == EntityKind.PROJECT) {
                Phrases.phaseOf(ctx, m, s).ifPresent(phase -> out.add(new Fact.Relation(phase, PART_OF, ctx.resolve(m), s)));
            }
        }
    }

    /**
     * A park, zone or project found by its form whose name starts with a known platform or park
     * (南沙國際人工智能產業園, 河套合作區雙幣早期母基金) is part of it; a company named so
     * (深圳園區公司) is not.
     */
    private void namedParts(Context ctx, Sentence s, List<Fact> out) {
        for (Mention m : ctx.mentions(s)) {
            EntityRef e = ctx.resolve(m);
            boolean place = e.kind() == EntityKind.PARK || e.kind() == EntityKind.ZONE || e.kind() == EntityKind.PROJECT;
            if (e.known().isPresent() || !place) {
                continue;
            }
            String name = ctx.folded(m.span());
            for (org.gbakg.lexicon.Lexicon.Match match : ctx.lexicon.find(name)) {
                if (match.begin() != 0 || match.end() >= name.length()) {
                    continue;
                }
                match.terms().stream()
                        .filter(t -> t instanceof org.gbakg.lexicon.Term.EntityTerm et && !et.shortForm()
                                && (et.entity().kind() == EntityKind.PLATFORM || et.entity().kind() == EntityKind.PARK))
                        .map(t -> EntityRef.of(((org.gbakg.lexicon.Term.EntityTerm) t).entity()))
                        .findFirst()
                        .ifPresent(whole -> out.add(new Fact.Relation(e, e.kind() == EntityKind.PROJECT
                                ? org.gbakg.rdf.Vocab.gba("locatedIn") : PART_OF, whole, s)));
            }
        }
    }

    /** 合作區科學城片區, 南沙慶盛樞紐片區: a zone or park named right after a platform or park is part of it. */
    private void adjacentParts(Context ctx, Sentence s, List<Fact> out) {
        List<Mention> ms = ctx.mentions(s);
        for (int i = 1; i < ms.size(); i++) {
            Mention whole = ms.get(i - 1);
            Mention part = ms.get(i);
            boolean adjacent = whole.end() == part.begin();
            boolean placeOfPlace = (whole.entity().kind() == EntityKind.PLATFORM || whole.entity().kind() == EntityKind.PARK)
                    && (part.entity().kind() == EntityKind.ZONE || part.entity().kind() == EntityKind.PARK)
                    && part.entity().known().isEmpty();
            if (adjacent && placeOfPlace) {
                addPart(ctx, part, ctx.resolve(whole), s, out);
            }
        }
    }

    private void addPart(Context ctx, Mention item, EntityRef parent, Sentence s, List<Fact> out) {
        EntityRef part = ctx.resolve(item);
        if (!part.sameAs(parent)) {
            out.add(new Fact.Relation(part, PART_OF, parent, s));
        }
    }

    /** Mentions of one kind listed right before {@code end}: 橫琴、前海、南沙等 / 以橫琴、前海和南沙、河套為主. */
    private List<Mention> itemsBefore(Context ctx, Sentence s, int end, boolean afterYi) {
        List<Mention> items = new ArrayList<>();
        String f = ctx.view.folded();
        int at = end;
        List<Mention> ms = ctx.mentions(s);
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.end() > at) {
                continue;
            }
            String gap = f.substring(m.end(), at);
            if (!(gap.isEmpty() || gap.equals("、") || gap.equals("和") || gap.equals("及"))
                    || (!items.isEmpty() && m.entity().kind() != items.get(0).entity().kind())) {
                break;
            }
            items.add(0, m);
            at = m.begin();
        }
        if (afterYi && (at == 0 || f.charAt(at - 1) != '以')) {
            return List.of();
        }
        return items;
    }

    /** The noun after a list, up to its last collection head within reach (…重大合作平台體系). */
    private String collectionNoun(Context ctx, int begin, int limit) {
        String noun = Phrases.nounAfter(ctx, begin, limit, 20);
        int best = -1;
        for (String head : COLLECTION_HEADS) {
            int at = noun.lastIndexOf(head);
            if (at >= 0) {
                best = Math.max(best, at + head.length());
            }
        }
        return best < 0 ? "" : noun.substring(0, best);
    }

    private EntityRef collection(Context ctx, String foldedNoun, int end) {
        String surface = ctx.view.text().substring(end - foldedNoun.length(), end);
        return EntityRef.found(EntityKind.COLLECTION, EntityKind.COLLECTION.type(), surface);
    }

    private static String stripDemonstratives(String noun) {
        for (String d : new String[] {"一系列", "一批", "这些", "各个", "多个"}) {
            if (noun.startsWith(d)) {
                return noun.substring(d.length());
            }
        }
        return noun;
    }
}
