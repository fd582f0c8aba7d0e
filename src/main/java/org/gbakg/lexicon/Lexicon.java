package org.gbakg.lexicon;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/**
 * The loader's knowledge of names and words, read from {@code ontology/}: every label, alias
 * and short form of curated entities, titles, units and cue words, in both scripts (matching is
 * on folded text, so one spelling in the ontology serves both).
 */
public final class Lexicon {
    /** A stretch of folded text that the lexicon knows, with everything it may be. */
    public record Match(int begin, int end, List<Term> terms) {}

    private final AhoCorasickDoubleArrayTrie<List<Term>> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Map<String, List<Term>> forms;
    private final Map<Node, KnownEntity> entities;
    private final List<Suffix> suffixes;
    private final WordTrie suffixTrie = new WordTrie();
    private final Map<String, Suffix> suffixByText = new java.util.HashMap<>();
    private final Map<Cue, Set<String>> cues = new EnumMap<>(Cue.class);
    private final Map<Cue, WordTrie> cueTries = new EnumMap<>(Cue.class);
    private final WordTrie unitTrie = new WordTrie();
    private final Map<String, Unit> unitsByName = new java.util.HashMap<>();
    private final Map<Node, Set<Node>> superClasses;
    private final Map<String, String> surnameReadings;

    Lexicon(Map<String, List<Term>> surfaceForms, Map<Node, KnownEntity> entities, List<Suffix> suffixes,
            Map<Node, Set<Node>> superClasses, Map<String, String> surnameReadings) {
        // names, titles and units are found by one pass over the text; cue words (classifiers, family
        // names, verbs) are asked for at an offset, so they stay out of the automaton and its matches
        TreeMap<String, List<Term>> names = new TreeMap<>();
        surfaceForms.forEach((form, terms) -> {
            List<Term> kept = terms.stream().filter(t -> !(t instanceof Term.CueTerm)).toList();
            if (!kept.isEmpty()) {
                names.put(form, kept);
            }
        });
        this.trie.build(names);
        this.forms = Map.copyOf(surfaceForms);
        this.entities = Map.copyOf(entities);
        this.suffixes = suffixes.stream()
                .sorted((a, b) -> Integer.compare(b.folded().length(), a.folded().length()))
                .toList();
        this.superClasses = superClasses;
        this.surnameReadings = Map.copyOf(surnameReadings);
        for (Suffix s : this.suffixes) {
            suffixTrie.add(s.folded());
            suffixByText.putIfAbsent(s.folded(), s);
        }
        for (Cue cue : Cue.values()) {
            cues.put(cue, new HashSet<>());
            cueTries.put(cue, new WordTrie());
        }
        surfaceForms.forEach((form, terms) -> {
            for (Term t : terms) {
                if (t instanceof Term.UnitTerm u && unitsByName.putIfAbsent(form, u.unit()) == null) {
                    unitTrie.add(form);
                }
                if (t instanceof Term.CueTerm c) {
                    cues.get(c.cue()).add(form);
                    cueTries.get(c.cue()).add(form);
                }
            }
        });
    }

    /** The pinyin of a family name (folded) where the ontology gives its reading as a name (覃 → qin). */
    public Optional<String> surnamePinyin(String folded) {
        return Optional.ofNullable(surnameReadings.get(folded));
    }

    /** Every stretch of the folded text that the lexicon knows, overlapping ones included. */
    public List<Match> find(String folded) {
        List<Match> out = new ArrayList<>();
        trie.parseText(folded, (begin, end, terms) -> out.add(new Match(begin, end, terms)));
        return out;
    }

    /** What the whole folded string is, if the lexicon knows it. */
    public List<Term> lookup(String folded) {
        return forms.getOrDefault(folded, List.of());
    }

    /** The longest unit name that starts at {@code pos} of the folded text, with its length. */
    public Optional<Map.Entry<Unit, Integer>> unitAt(String folded, int pos) {
        int len = unitTrie.longestAt(folded, pos);
        return len == 0 ? Optional.empty() : Optional.of(Map.entry(unitsByName.get(folded.substring(pos, pos + len)), len));
    }

    public Optional<KnownEntity> entity(Node iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    public Collection<KnownEntity> entities() {
        return entities.values();
    }


    /** Name endings, longest first. */
    public List<Suffix> suffixes() {
        return suffixes;
    }

    /** The longest name ending that ends at {@code end} of the folded text, if any. */
    public Optional<Suffix> suffixEndingAt(CharSequence folded, int end) {
        int length = suffixTrie.longestEndingAt(folded, end);
        return length == 0 ? Optional.empty() : Optional.of(suffixByText.get(folded.subSequence(end - length, end).toString()));
    }

    /** The longest suffix that ends the folded name, if any. */
    public Optional<Suffix> suffixOf(String folded) {
        for (Suffix s : suffixes) {
            if (folded.endsWith(s.folded()) && folded.length() > s.folded().length()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public boolean isCue(Cue cue, String folded) {
        return cues.get(cue).contains(folded);
    }

    /** The length of the longest word of the cue list that starts at {@code pos}, or 0. */
    public int cueAt(Cue cue, CharSequence folded, int pos) {
        return cueTries.get(cue).longestAt(folded, pos);
    }

    /** The length of the longest word of the cue list that ends at {@code end}, or 0. */
    public int cueEndingAt(Cue cue, CharSequence folded, int end) {
        return cueTries.get(cue).longestEndingAt(folded, end);
    }

    /** Whether {@code type} is {@code ancestor} or one of its subclasses. */
    public boolean isA(Node type, Node ancestor) {
        return type.equals(ancestor) || superClasses.getOrDefault(type, Set.of()).contains(ancestor);
    }

    /** The curated bodies of a class that govern a region (深圳 + government → 深圳市人民政府). */
    public List<KnownEntity> bodiesGoverning(Node region, Node bodyClass) {
        return entities.values().stream()
                .filter(e -> e.jurisdiction().filter(region::equals).isPresent() && isA(e.type(), bodyClass))
                .sorted((a, b) -> a.iri().getURI().compareTo(b.iri().getURI()))
                .toList();
    }

}
