package org.gbakg.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        List<Lexicon.Match> matches = new ArrayList<>(lexicon.find(view.folded()));
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
        List<RoleMention> found = new ArrayList<>();
        java.util.TreeMap<Integer, Span> taken = new java.util.TreeMap<>();
        for (Lexicon.Match m : matches) {
            Span span = new Span(m.begin(), m.end());
            EntityChoice choice = choose(m.terms(), namedInFull);
            if (choice.entity != null) {
                mentions.add(new Mention(span, view.surface(span), EntityRef.of(choice.entity.entity()),
                        choice.entity.shortForm() ? Mention.Origin.SHORT_FORM : Mention.Origin.LEXICON));
            } else if (choice.role != null && mentions.isFree(span) && free(taken, span)) {
                found.add(new RoleMention(span, view.surface(span), choice.role.role()));
                taken.put(span.begin(), span);
            }
        }
        found.sort(Comparator.comparing(RoleMention::span));
        roles.addAll(found);
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
}
