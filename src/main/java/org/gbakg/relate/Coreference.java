package org.gbakg.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.lexicon.Term;
import org.gbakg.recognise.Abbreviation;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.recognise.Recognised;
import org.gbakg.recognise.TextView;

/**
 * Decides which mentions name the same entity beyond what their names say:
 * <ul>
 *   <li>the text says so: 港深創科園（即河套深港科技創新合作區香港園區）, 香港園區公司即港深創新及科技園公司;</li>
 *   <li>a found name is the tail of a longer one of the same kind (交易中心 → 科技成果與知識產權交易中心);</li>
 *   <li>mentions of events held by the same body, or of the same kind of event without a host,
 *       are one event (國務院新聞辦發布會, 國新辦記者會, 此次發布會).</li>
 * </ul>
 */
public final class Coreference {
    private static final int MIN_TAIL = 4;
    private static final int MIN_ABBREVIATION = 3;

    private final Map<String, EntityRef> canonical = new HashMap<>();
    private final Map<String, Integer> eventMentions = new LinkedHashMap<>();
    private final List<Mention> aliases = new ArrayList<>();
    private final Map<Mention, EntityRef> aliasTargets = new LinkedHashMap<>();

    private Coreference() {}

    public static Coreference of(Recognised recognised, Lexicon lexicon) {
        Coreference c = new Coreference();
        c.statedAliases(recognised);
        c.tails(recognised);
        c.abbreviations(recognised);
        c.events(recognised, lexicon);
        return c;
    }

    /** The entity a mention's entity stands for. */
    public EntityRef resolve(EntityRef entity) {
        EntityRef current = entity;
        for (int hops = 0; hops < 8; hops++) {
            EntityRef next = canonical.get(current.key());
            if (next == null || next.sameAs(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** The event most often mentioned: the one an unlocated statement or attendance refers to. */
    public Optional<EntityRef> salientEvent(Recognised recognised) {
        // most mentions wins; among equals, the first mentioned (the map keeps text order)
        Optional<Map.Entry<String, Integer>> top = Optional.empty();
        for (Map.Entry<String, Integer> e : eventMentions.entrySet()) {
            if (top.isEmpty() || e.getValue() > top.get().getValue()) {
                top = Optional.of(e);
            }
        }
        return top.flatMap(e -> recognised.mentions().stream()
                        .map(Mention::entity)
                        .map(this::resolve)
                        .filter(r -> r.key().equals(e.getKey()))
                        .findFirst());
    }

    /** Mentions whose words the text gives as another name of an entity. */
    public Map<Mention, EntityRef> aliases() {
        return aliasTargets;
    }

    private void statedAliases(Recognised r) {
        TextView view = r.view();
        List<Mention> ms = r.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            if (b.begin() - a.end() > 2) {
                continue;
            }
            String between = view.folded().substring(a.end(), b.begin());
            if (!(between.equals("（即") || between.equals("(即") || between.equals("即"))) {
                continue;
            }
            if (a.entity().kind() != b.entity().kind() && !(a.entity().kind().isPlace() && b.entity().kind().isPlace())) {
                continue;
            }
            if (a.entity().known().isEmpty()) {
                link(a, b.entity());
            } else if (b.entity().known().isEmpty()) {
                link(b, a.entity());
            }
        }
    }

    private void tails(Recognised r) {
        Map<EntityRef, Integer> firstMention = new LinkedHashMap<>();
        for (Mention m : r.mentions()) {
            if (m.entity().known().isEmpty() && m.entity().kind() != EntityKind.PERSON && m.entity().kind() != EntityKind.EVENT) {
                firstMention.putIfAbsent(m.entity(), m.begin());
            }
        }
        for (Mention m : r.mentions()) {
            EntityRef e = m.entity();
            if (e.known().isPresent() || canonical.containsKey(e.key()) || e.kind() == EntityKind.PERSON
                    || e.kind() == EntityKind.EVENT) {
                continue;
            }
            String name = Scripts.fold(e.name());
            if (name.length() < MIN_TAIL) {
                continue;
            }
            // an anaphor points back: the longer name must come first
            List<EntityRef> longer = firstMention.entrySet().stream()
                    .filter(o -> o.getValue() < m.begin())
                    .map(Map.Entry::getKey)
                    .filter(o -> o.kind() == e.kind() && !o.sameAs(e))
                    .filter(o -> o.key().endsWith(name))
                    .toList();
            if (longer.size() == 1) {
                link(m, longer.get(0));
            }
        }
    }

    /**
     * Abbreviations: an unknown name whose characters all occur, in order, in one longer name of the
     * same kind named before it, ending with the same character: 城規會 for 城市規劃委員會, 省港澳辦 for
     * 廣東省人民政府港澳事務辦公室, 駐粵辦 for 香港特區政府駐粵經濟貿易辦事處. Only one
     * earlier name may fit.
     */
    private void abbreviations(Recognised r) {
        // each name once: an article repeats its names many times
        Map<String, Mention> named = new LinkedHashMap<>();
        for (Mention m : r.mentions()) {
            EntityRef e = m.entity();
            if (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.EVENT || e.kind() == EntityKind.REGION) {
                continue;
            }
            String name = Scripts.fold(m.surface());
            boolean ownName = m.origin() != Mention.Origin.ALIAS && m.origin() != Mention.Origin.SHORT_FORM
                    && m.origin() != Mention.Origin.REFERENCE;
            if (ownName && e.known().isEmpty() && !canonical.containsKey(e.key()) && name.length() >= MIN_ABBREVIATION
                    && !named.containsKey(e.kind() + name)) {
                List<EntityRef> full = named.values().stream()
                        .filter(o -> o.entity().kind() == e.kind() && !o.entity().sameAs(e))
                        .filter(o -> abbreviates(name, Scripts.fold(o.surface())))
                        .map(o -> resolve(o.entity()))
                        .distinct()
                        .toList();
                if (full.size() == 1) {
                    link(m, full.get(0));
                }
            }
            named.putIfAbsent(e.kind() + name, m);
        }
    }

    /** An abbreviation met without a statement must end as the name does (駐粵辦, 辦事處). */
    private static boolean abbreviates(String shortName, String fullName) {
        return Abbreviation.shortens(shortName, fullName)
                && shortName.charAt(shortName.length() - 1) == fullName.charAt(fullName.length() - 1);
    }

    private void link(Mention alias, EntityRef target) {
        canonical.put(alias.entity().key(), target);
        aliasTargets.put(alias, target);
        aliases.add(alias);
    }

    /**
     * Groups event mentions: by host body where one is named (國新辦記者會 and 國務院新聞辦發布會
     * are one press conference); a bare noun (此次發布會) joins the hosted event whose name ends
     * with it, else the first event of its kind. Each group is named by its most telling mention:
     * the longest that names its host and no document title.
     */
    private void events(Recognised r, Lexicon lexicon) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        List<Mention> events = r.mentions().stream().filter(m -> m.entity().kind() == EntityKind.EVENT).toList();
        List<Mention> unhosted = new ArrayList<>();
        for (Mention m : events) {
            Optional<EntityRef> host = host(r, lexicon, m);
            if (host.isPresent()) {
                groups.computeIfAbsent("host:" + host.get().key(), k -> new ArrayList<>()).add(m);
            } else {
                unhosted.add(m);
            }
        }
        // the nouns that end each hosted event's names: 新聞發布會 ends with 發布會 too
        Map<String, String> hostedByNoun = new LinkedHashMap<>();
        groups.forEach((group, members) -> members.forEach(o -> {
            String name = r.view().folded(o.span());
            for (int k = 1; k <= name.length(); k++) {
                if (lexicon.cueAt(Cue.EVENT_NOUN, name, name.length() - k) == k) {
                    hostedByNoun.putIfAbsent(name.substring(name.length() - k), group);
                }
            }
        }));
        List<Mention> bare = new ArrayList<>();
        for (Mention m : unhosted) {
            String noun = eventNoun(r.view(), lexicon, m);
            if (hostedByNoun.containsKey(noun)) {
                groups.get(hostedByNoun.get(noun)).add(m);
            } else if (r.view().folded(m.span()).length() - noun.length() <= 2) {
                bare.add(m); // 會議, 此次會議: decided once the named events are known
            } else {
                groups.computeIfAbsent("type:" + eventType(r.view(), lexicon, m), k -> new ArrayList<>()).add(m);
            }
        }
        // a bare noun (參加了會議) is the event the article names at greatest length, if it names one
        Optional<String> named = groups.entrySet().stream()
                .max(java.util.Comparator.comparingInt(g -> g.getValue().stream().mapToInt(o -> o.surface().length()).max().orElse(0)))
                .map(Map.Entry::getKey);
        for (Mention m : bare) {
            String group = named.orElse("type:" + eventType(r.view(), lexicon, m));
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(m);
        }
        for (List<Mention> members : groups.values()) {
            EntityRef target = members.stream()
                    .max(java.util.Comparator.comparingInt((Mention o) -> o.surface().contains("》") ? 0 : 1)
                            .thenComparingInt(o -> o.surface().length())
                            .thenComparingInt(o -> -o.begin()))
                    .orElseThrow().entity();
            for (Mention m : members) {
                if (!target.sameAs(m.entity())) {
                    link(m, target);
                }
            }
            eventMentions.put(target.key(), members.size());
        }
    }

    private static String eventNoun(TextView view, Lexicon lexicon, Mention m) {
        String f = view.folded();
        return f.substring(m.end() - lexicon.cueEndingAt(Cue.EVENT_NOUN, f, m.end()), m.end());
    }

    /** The body that holds an event: named inside it (國新辦記者會) or right before 舉行 / 召開. */
    static Optional<EntityRef> host(Recognised r, Lexicon lexicon, Mention event) {
        String name = r.view().folded(event.span());
        int titleEnd = name.lastIndexOf('》');
        Lexicon.Match longest = null;
        EntityRef named = null;
        for (Lexicon.Match match : lexicon.find(name)) {
            if (match.begin() <= titleEnd || (longest != null && match.end() - match.begin() <= longest.end() - longest.begin())) {
                continue; // a body inside a document's title is not the host
            }
            for (Term t : match.terms()) {
                if (t instanceof Term.EntityTerm e && !e.shortForm() && e.entity().kind() == EntityKind.BODY) {
                    longest = match;
                    named = EntityRef.of(e.entity());
                }
            }
        }
        if (named != null) {
            return Optional.of(named);
        }
        String f = r.view().folded();
        for (Mention m : r.mentionsWithin(Math.max(0, event.begin() - 30), event.begin())) {
            if (m.entity().kind() == EntityKind.BODY && m.end() <= event.begin()) {
                String between = f.substring(m.end(), event.begin()).replaceAll("[「“『\"]$", "");
                boolean oneClause = between.chars().noneMatch(c -> "，。；：".indexOf(c) >= 0);
                if (oneClause && Phrases.endsHoldVerb(between)) {
                    return Optional.of(m.entity());
                }
            }
        }
        return Optional.empty();
    }

    /** The kind of event: the concept of the event noun that ends the name. */
    static String eventType(TextView view, Lexicon lexicon, Mention m) {
        String f = view.folded();
        int len = lexicon.cueEndingAt(Cue.EVENT_NOUN, f, m.end());
        String noun = f.substring(m.end() - len, m.end());
        for (Term t : lexicon.lookup(noun)) {
            if (t instanceof Term.CueTerm c && c.cue() == Cue.EVENT_NOUN) {
                Node concept = c.concept();
                return concept.isURI() ? concept.getURI() : noun;
            }
        }
        return noun;
    }
}
