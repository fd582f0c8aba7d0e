package org.gbakg.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.recognise.Recognised;
import org.gbakg.recognise.RoleMention;
import org.gbakg.recognise.TextView;
import org.gbakg.text.Block;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * What every rule reads: the recognised article, its mentions by sentence (resolved through
 * coreference), the lexicon, dates, and the topic of each paragraph (a heading such as
 * 前海深港現代服務業合作區： makes its platform the subject of the bullet under it).
 */
final class Context {
    final Recognised recognised;
    final TextView view;
    final Lexicon lexicon;
    final Dates dates;
    final Coreference coreference;
    final Optional<EntityRef> salientEvent;
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
    private final Map<Block, EntityRef> topics = new HashMap<>();
    private final java.util.TreeMap<Integer, Mention> byBegin = new java.util.TreeMap<>();
    private List<EntityRef> entities;
    private Map<EntityRef, String> foldedNames;
    private final Map<Cue, Map<Integer, List<int[]>>> cueCache = new java.util.EnumMap<>(Cue.class);

    Context(Recognised recognised, Lexicon lexicon) {
        this.recognised = recognised;
        this.view = recognised.view();
        this.lexicon = lexicon;
        this.dates = new Dates(recognised.article().meta().published());
        this.coreference = Coreference.of(recognised, lexicon);
        this.salientEvent = coreference.salientEvent(recognised);
        for (Sentence s : recognised.article().sentences()) {
            bySentence.put(s.index(), recognised.mentionsWithin(s.span().begin(), s.span().end()));
        }
        recognised.mentions().forEach(m -> byBegin.put(m.begin(), m));
        findTopics();
    }

    List<Sentence> sentences() {
        return recognised.article().sentences();
    }

    List<Mention> mentions(Sentence s) {
        return bySentence.getOrDefault(s.index(), List.of());
    }

    List<RoleMention> roles(Sentence s) {
        return recognised.rolesWithin(s.span().begin(), s.span().end());
    }

    EntityRef resolve(Mention m) {
        return coreference.resolve(m.entity());
    }

    String folded(Span span) {
        return view.folded(span);
    }

    String folded(int begin, int end) {
        return view.folded().substring(begin, end);
    }

    /** The entity a paragraph is about when its heading names it, else the previous sentence's subject. */
    Optional<EntityRef> topic(Sentence s) {
        return Optional.ofNullable(topics.get(s.block()));
    }

    /** What the sentence before, in the same paragraph, is about: its first place or project. */
    Optional<EntityRef> previousSubject(Sentence s) {
        if (s.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = sentences().get(s.index() - 1);
        if (!previous.block().equals(s.block())) {
            return Optional.empty();
        }
        return mentions(previous).stream()
                .filter(m -> m.entity().kind().isPlace() && m.entity().kind() != EntityKind.REGION
                        || m.entity().kind() == EntityKind.PROJECT)
                .findFirst().map(this::resolve);
    }

    /** Offsets in the sentence where a word of the cue list starts, with its length. */
    List<int[]> cues(Sentence s, Cue cue) {
        return cueCache.computeIfAbsent(cue, c -> new HashMap<>()).computeIfAbsent(s.index(), i -> findCues(s, cue));
    }

    private List<int[]> findCues(Sentence s, Cue cue) {
        List<int[]> out = new ArrayList<>();
        for (int i = s.span().begin(); i < s.span().end(); i++) {
            int len = lexicon.cueAt(cue, view.folded(), i);
            if (len > 0 && !insideMention(i)) {
                out.add(new int[] {i, len});
                i += len - 1;
            }
        }
        return out;
    }

    private boolean insideMention(int pos) {
        return mentionCovering(pos).isPresent();
    }

    /** The mention whose words include offset {@code pos}. */
    Optional<Mention> mentionCovering(int pos) {
        var floor = byBegin.floorEntry(pos);
        return floor != null && floor.getValue().end() > pos ? Optional.of(floor.getValue()) : Optional.empty();
    }

    /** The distinct entities the article names, after coreference, in order of first mention. */
    List<EntityRef> entities() {
        if (entities == null) {
            Map<String, EntityRef> distinct = new java.util.LinkedHashMap<>();
            recognised.mentions().forEach(m -> distinct.putIfAbsent(resolve(m).key(), resolve(m)));
            entities = List.copyOf(distinct.values());
        }
        return entities;
    }

    /** Each entity of the article with its name folded to Simplified, computed once. */
    Map<EntityRef, String> foldedNames() {
        if (foldedNames == null) {
            foldedNames = new java.util.LinkedHashMap<>();
            entities().forEach(e -> foldedNames.put(e, org.gbakg.lexicon.Scripts.fold(e.name())));
        }
        return foldedNames;
    }

    /** The last mention of one of the kinds that ends before {@code pos} within the sentence. */
    Optional<Mention> lastBefore(Sentence s, int pos, EntityKind... kinds) {
        Mention found = null;
        for (Mention m : mentions(s)) {
            if (m.end() <= pos && is(m, kinds)) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The event a sentence that names none is about: one named just before, in it or in the sentence
     * before (…召開新聞通氣會。副局長吳海燕出席並介紹), else the event the article is most about.
     */
    Optional<EntityRef> eventInDiscourse(Sentence s, int pos) {
        Optional<Mention> here = lastBefore(s, pos, EntityKind.EVENT);
        if (here.isEmpty() && s.index() > 0) {
            Sentence previous = sentences().get(s.index() - 1);
            here = lastBefore(previous, previous.span().end(), EntityKind.EVENT);
        }
        return here.map(this::resolve).or(() -> salientEvent);
    }

    /** How many sentences back a paragraph is searched for what a sentence refers to. */
    private static final int PARAGRAPH_REACH = 6;
    private Optional<Node> homeCity;

    /** The city an article is about: the known region whose name ends with 市 that it names most often. */
    Optional<Node> homeCity() {
        if (homeCity == null) {
            Map<Node, Integer> counts = new java.util.LinkedHashMap<>();
            for (Mention m : recognised.mentions()) {
                EntityRef e = resolve(m);
                if (e.kind() == EntityKind.REGION && e.known().isPresent() && Scripts.fold(e.name()).endsWith("市")) {
                    counts.merge(e.known().get().iri(), 1, Integer::sum);
                }
            }
            homeCity = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }
        return homeCity;
    }

    /** The last mention of the kind before {@code pos}, in the sentence or, failing that, earlier in its paragraph. */
    Optional<Mention> lastInParagraph(Sentence s, int pos, EntityKind kind) {
        Optional<Mention> here = lastBefore(s, pos, kind);
        for (int i = s.index() - 1; here.isEmpty() && i >= 0 && i >= s.index() - PARAGRAPH_REACH
                && sentences().get(i).block().equals(s.block()); i--) {
            Sentence earlier = sentences().get(i);
            here = lastBefore(earlier, earlier.span().end(), kind);
        }
        return here;
    }

    /** The first mention of one of the kinds that starts at or after {@code pos} within the sentence. */
    Optional<Mention> firstAfter(Sentence s, int pos, EntityKind... kinds) {
        for (Mention m : mentions(s)) {
            if (m.begin() >= pos && is(m, kinds)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    static boolean is(Mention m, EntityKind... kinds) {
        for (EntityKind k : kinds) {
            if (m.entity().kind() == k) {
                return true;
            }
        }
        return kinds.length == 0;
    }

    /** The clause around {@code pos}: between the nearest ，；：。 on either side, within the sentence. */
    Span clause(Sentence s, int pos) {
        String f = view.folded();
        int b = pos;
        while (b > s.span().begin() && "，,；;：:".indexOf(f.charAt(b - 1)) < 0) {
            b--;
        }
        int e = pos;
        while (e < s.span().end() && "，,；;：:。".indexOf(f.charAt(e)) < 0) {
            e++;
        }
        return new Span(b, e);
    }

    /** A heading that is one name followed by ：makes that entity the topic of the block under it. */
    private void findTopics() {
        EntityRef topic = null;
        for (Block block : recognised.article().blocks()) {
            String text = view.folded(block.span()).strip();
            if (text.endsWith("：") || text.endsWith(":")) {
                Span name = new Span(block.span().begin(), block.span().end() - 1);
                Mention named = byBegin.get(name.begin());
                topic = named != null && named.span().equals(name) ? coreference.resolve(named.entity()) : null;
            } else if (topic != null) {
                topics.put(block, topic);
                topic = null;
            }
        }
    }
}
