package org.gbakg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gbakg.rdf.Vocab;

/**
 * Builds the {@link Lexicon} from the ontology's graphs. The conventions it reads are those of
 * {@code ontology/README.md}: labels and {@code skos:altLabel} are names, {@code gba:shortForm}
 * a name valid only beside the full one, {@code org:Role}s are titles, {@code gba:suffix} with
 * {@code gba:entityClass} a name ending, {@code gba:squareMetres} a unit, and
 * {@code skos:inScheme} a cue list.
 */
public final class LexiconLoader {
    private static final Node SHORT_FORM = Vocab.gba("shortForm");
    private static final Node SUFFIX = Vocab.gba("suffix");
    private static final Node ENTITY_CLASS = Vocab.gba("entityClass");
    private static final Node SQUARE_METRES = Vocab.gba("squareMetres");
    private static final Node BODY_CLASS = Vocab.gba("postInBodyOfClass");
    private static final Node DEFAULT_BODY = Vocab.gba("defaultBody");
    private static final Node JURISDICTION = Vocab.gba("jurisdiction");
    private static final Node UNIT_OF = Vocab.org("unitOf");
    private static final Node PART_OF = Vocab.gba("partOf");
    private static final Node PINYIN = Vocab.gba("pinyin");
    private static final Node AREA_UNIT = Vocab.gba("AreaUnit");
    private static final Node COUNT_UNIT = Vocab.gba("CountUnit");
    private static final Node CURRENCY_UNIT = Vocab.gba("CurrencyUnit");

    private final Graph graph;
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<String, List<Term>> forms = new HashMap<>();

    private LexiconLoader(Graph graph) {
        this.graph = graph;
    }

    public static Lexicon load(Graph ontologyAndReference) {
        return new LexiconLoader(ontologyAndReference).build();
    }

    private Lexicon build() {
        computeSuperClasses();
        Map<Node, KnownEntity> entities = new HashMap<>();
        for (Node subject : subjectsWith(RDF.type.asNode())) {
            Optional<EntityKind> kind = kindOf(subject);
            if (kind.isEmpty()) {
                continue;
            }
            if (kind.get() == EntityKind.ROLE) {
                Role role = new Role(subject, chineseLabel(subject),
                        object(subject, BODY_CLASS), object(subject, DEFAULT_BODY));
                names(subject, false).forEach(n -> add(n, new Term.RoleTerm(role), 1));
            } else if (kind.get() != EntityKind.PERSON) {
                KnownEntity entity = new KnownEntity(subject, kind.get(), mostSpecificType(subject, kind.get()),
                        chineseLabel(subject), object(subject, JURISDICTION),
                        object(subject, UNIT_OF).or(() -> object(subject, PART_OF)));
                entities.put(subject, entity);
                names(subject, false).forEach(n -> add(n, new Term.EntityTerm(entity, false), 2));
                names(subject, true).forEach(n -> add(n, new Term.EntityTerm(entity, true), 2));
            }
        }
        for (Node unit : units()) {
            Optional<Double> factor = object(unit, SQUARE_METRES).map(n -> ((Number) n.getLiteralValue()).doubleValue());
            Unit u = new Unit(unit, chineseLabel(unit), factor.orElse(Double.NaN));
            names(unit, false).forEach(n -> add(n, new Term.UnitTerm(u), 1));
        }
        for (Cue cue : Cue.values()) {
            for (Triple t : graph.find(Node.ANY, SKOS.inScheme.asNode(), cue.scheme()).toList()) {
                names(t.getSubject(), false).forEach(n -> add(n, new Term.CueTerm(cue, t.getSubject()), 1));
            }
        }
        List<Suffix> suffixes = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, SUFFIX, Node.ANY).toList()) {
            Optional<Node> cls = object(t.getSubject(), ENTITY_CLASS);
            Optional<EntityKind> kind = cls.flatMap(this::kindOfClass);
            if (cls.isPresent() && kind.isPresent()) {
                suffixes.add(new Suffix(Scripts.fold(t.getObject().getLiteralLexicalForm()), cls.get(), kind.get()));
            }
        }
        Map<String, String> readings = new HashMap<>();
        for (Triple t : graph.find(Node.ANY, PINYIN, Node.ANY).toList()) {
            names(t.getSubject(), false).forEach(n -> readings.put(Scripts.fold(n), t.getObject().getLiteralLexicalForm()));
        }
        return new Lexicon(forms, entities, suffixes, superClasses, readings);
    }

    private void add(String name, Term term, int minLength) {
        String folded = Scripts.fold(name.strip());
        if (folded.length() >= minLength) {
            List<Term> terms = forms.computeIfAbsent(folded, k -> new ArrayList<>());
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
    }

    /** Chinese names of a subject: labels and aliases, or its short forms. */
    private Set<String> names(Node subject, boolean shortForms) {
        Set<String> names = new LinkedHashSet<>();
        List<Node> predicates = shortForms ? List.of(SHORT_FORM)
                : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), FOAF.name.asNode());
        for (Node p : predicates) {
            for (Triple t : graph.find(subject, p, Node.ANY).toList()) {
                if (t.getObject().isLiteral() && hasHan(t.getObject().getLiteralLexicalForm())) {
                    names.add(t.getObject().getLiteralLexicalForm());
                }
            }
        }
        return names;
    }

    private String chineseLabel(Node subject) {
        String fallback = null;
        for (Triple t : graph.find(subject, RDFS.label.asNode(), Node.ANY).toList()) {
            String lang = t.getObject().getLiteralLanguage();
            if (lang.equalsIgnoreCase("zh-Hant")) {
                return t.getObject().getLiteralLexicalForm();
            }
            if (lang.toLowerCase().startsWith("zh") && fallback == null) {
                fallback = t.getObject().getLiteralLexicalForm();
            }
        }
        if (fallback != null) {
            return fallback;
        }
        return names(subject, false).stream().findFirst().orElse(subject.getLocalName());
    }

    private List<Node> units() {
        Set<Node> units = new LinkedHashSet<>();
        graph.find(Node.ANY, SQUARE_METRES, Node.ANY).forEach(t -> units.add(t.getSubject()));
        graph.find(Node.ANY, RDF.type.asNode(), AREA_UNIT).forEach(t -> units.add(t.getSubject()));
        graph.find(Node.ANY, RDF.type.asNode(), COUNT_UNIT).forEach(t -> units.add(t.getSubject()));
        graph.find(Node.ANY, RDF.type.asNode(), CURRENCY_UNIT).forEach(t -> units.add(t.getSubject()));
        return List.copyOf(units);
    }

    private Optional<EntityKind> kindOf(Node subject) {
        for (Triple t : graph.find(subject, RDF.type.asNode(), Node.ANY).toList()) {
            Optional<EntityKind> kind = kindOfClass(t.getObject());
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private Optional<EntityKind> kindOfClass(Node cls) {
        Optional<EntityKind> direct = EntityKind.ofType(cls);
        if (direct.isPresent()) {
            return direct;
        }
        for (Node sup : superClasses.getOrDefault(cls, Set.of())) {
            Optional<EntityKind> k = EntityKind.ofType(sup);
            if (k.isPresent()) {
                return k;
            }
        }
        return Optional.empty();
    }

    private Node mostSpecificType(Node subject, EntityKind kind) {
        Node best = kind.type();
        for (Triple t : graph.find(subject, RDF.type.asNode(), Node.ANY).toList()) {
            Node type = t.getObject();
            if (superClasses.getOrDefault(type, Set.of()).contains(best)) {
                best = type;
            }
        }
        return best;
    }

    private void computeSuperClasses() {
        Map<Node, Set<Node>> direct = new HashMap<>();
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
            }
        });
        graph.find(Node.ANY, OWL.equivalentClass.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
            }
        });
        for (Node cls : direct.keySet()) {
            Set<Node> all = new HashSet<>();
            List<Node> todo = new ArrayList<>(direct.get(cls));
            while (!todo.isEmpty()) {
                Node next = todo.remove(todo.size() - 1);
                if (all.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            superClasses.put(cls, all);
        }
    }

    private Set<Node> subjectsWith(Node predicate) {
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find(Node.ANY, predicate, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI()) {
                subjects.add(t.getSubject());
            }
        });
        return subjects;
    }

    private Optional<Node> object(Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
