package org.gbakg.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gbakg.lexicon.KnownEntity;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Term;
import org.gbakg.text.Span;

/**
 * Names and titles the lexicon knows, longest first. A short form (領導小組) names its entity
 * only in an article that also names the entity in full.
 */
final class LexiconMentions {
    private LexiconMentions() {}

    static void addTo(TextView view, Lexicon lexicon, MentionSet mentions, List<RoleMention> roles) {
        List<Lexicon.Match> matches = splitBeforeTitles(lexicon, view.folded(), lexicon.find(view.folded()));
        matches.sort(Comparator.comparingInt((Lexicon.Match m) -> m.end() - m.begin()).reversed()
                .thenComparingInt(Lexicon.Match::begin));
        Set<String> namedInFull = new HashSet<>();
        for (Lexicon.Match m : matches) {
            for (Term t : m.terms()) {
                if (t instanceof Term.EntityTerm e && !e.shortForm()) {
                    namedInFull.add(e.entity().iri().getURI());
                }
            }
        }
        // a unit or part counts as named where its parent is: 領導小組辦公室 beside the leading group
        for (Lexicon.Match m : matches) {
            for (Term t : m.terms()) {
                if (t instanceof Term.EntityTerm e && e.shortForm()
                        && e.entity().parent().filter(p -> namedInFull.contains(p.getURI())).isPresent()) {
                    namedInFull.add(e.entity().iri().getURI());
                }
            }
        }
        // a short form no entity of which is named in full (特區政府 in a story that says only 香港):
        // the one whose region the article names most
        java.util.Map<String, Integer> regionCounts = new java.util.HashMap<>();
        for (Lexicon.Match m : matches) {
            for (Term t : m.terms()) {
                if (t instanceof Term.EntityTerm e && !e.shortForm() && e.entity().kind() == org.gbakg.lexicon.EntityKind.REGION) {
                    regionCounts.merge(e.entity().iri().getURI(), 1, Integer::sum);
                }
            }
        }
        for (Lexicon.Match m : matches) {
            List<KnownEntity> shortOnes = m.terms().stream()
                    .filter(t -> t instanceof Term.EntityTerm e && e.shortForm())
                    .map(t -> ((Term.EntityTerm) t).entity())
                    .toList();
            boolean anyNamed = shortOnes.stream().anyMatch(e -> namedInFull.contains(e.iri().getURI()));
            java.util.function.ToIntFunction<KnownEntity> weight =
                    e -> e.jurisdiction().map(r -> regionCounts.getOrDefault(r.getURI(), 0)).orElse(0);
            List<KnownEntity> local = shortOnes.stream()
                    .sorted(Comparator.comparingInt(weight).reversed())
                    .toList();
            boolean clearWinner = !local.isEmpty() && weight.applyAsInt(local.get(0)) > 0
                    && (local.size() == 1 || weight.applyAsInt(local.get(0)) > weight.applyAsInt(local.get(1)));
            if (!anyNamed && clearWinner) {
                namedInFull.add(local.get(0).iri().getURI());
            }
        }
        List<RoleMention> found = new ArrayList<>();
        java.util.TreeMap<Integer, Span> taken = new java.util.TreeMap<>();
        for (Lexicon.Match m : matches) {
            Span span = new Span(m.begin(), m.end());
            EntityChoice choice = choose(m.terms(), namedInFull);
            if (choice.entity != null) {
                mentions.add(new Mention(span, view.surface(span), EntityRef.of(choice.entity.entity()),
                        choice.entity.shortForm() ? Mention.Origin.SHORT_FORM : Mention.Origin.LEXICON));
            } else if (choice.role != null && mentions.isFree(span) && free(taken, span)) {
                span = withRankPrefix(view, span);
                found.add(new RoleMention(span, view.surface(span), choice.role.role()));
                taken.put(span.begin(), span);
            }
        }
        found.sort(Comparator.comparing(RoleMention::span));
        roles.addAll(found);
    }

    /**
     * 深圳市長: the region 深圳市 and the title 市長 share a character. Where the name without the
     * shared part is also a name of the same entity (深圳), the name gives way to the title.
     */
    private static List<Lexicon.Match> splitBeforeTitles(Lexicon lexicon, String folded, List<Lexicon.Match> found) {
        java.util.TreeMap<Integer, Lexicon.Match> titlesByBegin = new java.util.TreeMap<>();
        for (Lexicon.Match m : found) {
            if (m.terms().stream().anyMatch(t -> t instanceof Term.RoleTerm)) {
                titlesByBegin.merge(m.begin(), m, (a, b) -> a.end() >= b.end() ? a : b);
            }
        }
        List<Lexicon.Match> out = new ArrayList<>(found.size());
        for (Lexicon.Match m : found) {
            var title = m.end() - m.begin() < 3 ? null : titlesByBegin.subMap(m.begin() + 1, true, m.end() - 1, true).lastEntry();
            if (title == null || title.getValue().end() <= m.end() || m.terms().stream().noneMatch(t -> t instanceof Term.EntityTerm)) {
                out.add(m);
                continue;
            }
            int cut = title.getKey();
            List<Term> shorter = lexicon.lookup(folded.substring(m.begin(), cut)).stream()
                    .filter(t -> m.terms().contains(t))
                    .toList();
            out.add(shorter.isEmpty() ? m : new Lexicon.Match(m.begin(), cut, shorter));
        }
        return out;
    }

    private static boolean free(java.util.TreeMap<Integer, Span> taken, Span span) {
        var floor = taken.floorEntry(span.begin());
        if (floor != null && floor.getValue().overlaps(span)) {
            return false;
        }
        var next = taken.ceilingEntry(span.begin());
        return next == null || !next.getValue().overlaps(span);
    }

    private record EntityChoice(Term.EntityTerm entity, Term.RoleTerm role) {}

    /** A full name beats a short form; an entity beats a title; among equals, the first IRI. */
    private static EntityChoice choose(List<Term> terms, Set<String> namedInFull) {
        Term.EntityTerm best = null;
        Term.RoleTerm role = null;
        for (Term t : terms) {
            if (t instanceof Term.EntityTerm e) {
                if (e.shortForm() && !namedInFull.contains(e.entity().iri().getURI())) {
                    continue;
                }
                if (best == null || (best.shortForm() && !e.shortForm())
                        || (best.shortForm() == e.shortForm()
                            && e.entity().iri().getURI().compareTo(best.entity().iri().getURI()) < 0)) {
                    best = e;
                }
            } else if (t instanceof Term.RoleTerm r && (role == null
                    || r.role().iri().getURI().compareTo(role.role().iri().getURI()) < 0)) {
                role = r;
            }
        }
        return new EntityChoice(best, role);
    }

    /** 常務副校長, 署理局長: a rank word before a title belongs to it (the role stays 副校長). */
    private static Span withRankPrefix(TextView view, Span title) {
        for (String rank : Grammar.RANK_PREFIXES) {
            int begin = title.begin() - rank.length();
            if (begin >= 0 && view.folded().startsWith(rank, begin)) {
                return new Span(begin, title.end());
            }
        }
        return title;
    }
}
