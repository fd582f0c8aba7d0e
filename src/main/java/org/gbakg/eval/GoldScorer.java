package org.gbakg.eval;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gbakg.lexicon.Scripts;
import org.gbakg.rdf.Vocab;

/**
 * Scores a graph against an article's gold by the rules of the gold's README: labels compared
 * script-neutrally (both sides folded to Simplified), classes through the ontology's subclass
 * axioms, quantities within 0.5% reachable in two steps from their subject, relations as paths
 * of at most two edges that pass through neither the article nor provenance and evidence links.
 *
 * <p>A gold name matches an entity labelled with it, or, where none is, an entity whose label
 * contains it or is contained in it (of two characters at least), as the gold's README says.
 */
public final class GoldScorer {
    private static final Node TYPE = RDF.type.asNode();
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), FOAF.name.asNode(), NodeFactory.createURI(Vocab.SCHEMA + "name"));
    private static final Node PERSON = FOAF.Person.asNode();
    private static final Node ORGANIZATION = Vocab.org("Organization");
    private static final Node POST = Vocab.org("Post");
    private static final Set<Node> PLACES = Set.of(Vocab.gba("CooperationPlatform"), Vocab.gba("Park"), Vocab.gba("Zone"));
    private static final Node DOCUMENT = Vocab.gba("PolicyDocument");
    private static final Node ARTICLE = Vocab.gba("SourceArticle");

    private final Graph graph;
    private final Set<Node> articleEntities;
    private final Map<Node, Set<String>> labels = new HashMap<>();
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();

    /**
     * @param graph           everything the scoring may use: the article's graph, the ontology and the reference data
     * @param articleEntities the subjects typed in the article's own graph, for precision
     */
    public GoldScorer(Graph graph, Set<Node> articleEntities) {
        this.graph = graph;
        this.articleEntities = articleEntities;
        for (Node p : LABELS) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral()) {
                    labels.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(fold(t.getObject().getLiteralLexicalForm()));
                }
            });
        }
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
                .forEach(t -> superClasses.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
    }

    public Scorecard score(Gold gold) {
        Scorecard card = new Scorecard();
        persons(gold, card);
        for (String body : gold.bodies()) {
            card.item("bodies", !named(body, Set.of(ORGANIZATION)).isEmpty(), body);
        }
        for (List<String> pair : gold.aliases()) {
            card.item("aliases", pair.size() == 2 && hasAlias(pair.get(0), pair.get(1)), String.join(" = ", pair));
        }
        for (String platform : gold.platforms()) {
            card.item("platforms", !named(platform, PLACES).isEmpty(), platform);
        }
        for (String project : gold.projects()) {
            card.item("projects", !named(project, Set.of()).isEmpty(), project);
        }
        for (String document : gold.documents()) {
            card.item("documents", !named(document, Set.of(DOCUMENT)).isEmpty(), document);
        }
        for (Gold.Quantity q : gold.quantities()) {
            card.item("quantities", quantityFound(q), q.subject() + " " + q.value() + " " + q.unit() + " (" + q.text() + ")");
        }
        for (Gold.Relation r : gold.relations()) {
            card.item("relations", related(r.subject(), r.object()), r.subject() + " " + r.relation() + " " + r.object());
        }
        precision(gold, card);
        return card;
    }

    private void persons(Gold gold, Scorecard card) {
        for (Gold.Person person : gold.persons()) {
            Set<Node> found = exactly(person.name(), PERSON);
            card.item("persons", !found.isEmpty(), person.name());
            for (Gold.Post post : person.posts()) {
                boolean held = found.stream().anyMatch(p -> holds(p, post));
                card.item("posts", held, person.name() + " " + post.title() + " in " + post.org());
            }
        }
        for (String fragment : gold.notPersons()) {
            if (!exactly(fragment, PERSON).isEmpty()) {
                card.invented(fragment);
            }
        }
    }

    /** A post of the person whose label or role has the title, in a body whose label matches the gold org. */
    private boolean holds(Node person, Gold.Post gold) {
        Set<Node> posts = new LinkedHashSet<>();
        graph.find(person, Vocab.org("holds"), Node.ANY).forEach(t -> posts.add(t.getObject()));
        graph.find(Node.ANY, Vocab.org("heldBy"), person).forEach(t -> posts.add(t.getSubject()));
        String title = fold(gold.title());
        for (Node post : posts) {
            boolean titled = labelsOf(post).stream().anyMatch(l -> l.contains(title))
                    || objects(post, Vocab.org("role")).stream().anyMatch(r -> labelsOf(r).stream().anyMatch(l -> l.contains(title)));
            boolean inBody = objects(post, Vocab.org("postIn")).stream().anyMatch(b -> matches(labelsOf(b), fold(gold.org())));
            if (titled && inBody) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAlias(String full, String alias) {
        String a = fold(alias);
        return named(full, Set.of()).stream().anyMatch(e -> labelsOf(e).contains(a));
    }

    private boolean quantityFound(Gold.Quantity q) {
        double wanted = q.value() * factor(q.unit());
        for (Node subject : named(q.subject(), Set.of())) {
            for (Node n : within(subject, 2, true)) {
                if (n.isLiteral() && n.getLiteralValue() instanceof Number number) {
                    double v = number.doubleValue();
                    if (close(v, q.value()) || close(v, wanted)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Square metres per unit, for the areas the gold states in other units. */
    private static double factor(String unit) {
        return switch (unit == null ? "" : unit) {
            case "km2" -> 1e6;
            case "ha" -> 1e4;
            case "sqft" -> 0.09290304;
            default -> 1;
        };
    }

    private static boolean close(double v, double wanted) {
        return wanted == 0 ? v == 0 : Math.abs(v - wanted) <= Math.abs(wanted) * 0.005;
    }

    private boolean related(String subject, String object) {
        Set<Node> objects = named(object, Set.of());
        if (objects.isEmpty()) {
            return false;
        }
        for (Node s : named(subject, Set.of())) {
            Set<Node> reach = within(s, 2, false);
            if (objects.stream().anyMatch(reach::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Nodes reachable in at most {@code steps} edges, both ways unless {@code outgoing}, avoiding provenance. */
    private Set<Node> within(Node start, int steps, boolean outgoing) {
        Set<Node> seen = new HashSet<>();
        ArrayDeque<Node> frontier = new ArrayDeque<>(List.of(start));
        for (int step = 0; step < steps; step++) {
            ArrayDeque<Node> next = new ArrayDeque<>();
            for (Node n : frontier) {
                if (!n.isURI() && !n.isBlank()) {
                    continue;
                }
                for (Triple t : graph.find(n, Node.ANY, Node.ANY).toList()) {
                    if (usable(t) && seen.add(t.getObject())) {
                        next.add(t.getObject());
                    }
                }
                if (!outgoing) {
                    for (Triple t : graph.find(Node.ANY, Node.ANY, n).toList()) {
                        if (usable(t) && seen.add(t.getSubject())) {
                            next.add(t.getSubject());
                        }
                    }
                }
            }
            next.removeIf(this::isArticle);
            frontier = next;
        }
        return seen;
    }

    private boolean usable(Triple t) {
        String p = t.getPredicate().getURI();
        return !(p.startsWith(Vocab.PROV) || p.startsWith(Vocab.OA) || p.equals("http://purl.org/dc/terms/source")
                || p.startsWith(RDF.getURI())
                || p.equals(Vocab.GBA + "evidence") || p.equals(Vocab.GBA + "mentionedIn"));
    }

    private boolean isArticle(Node n) {
        return graph.contains(n, TYPE, ARTICLE);
    }

    private void precision(Gold gold, Scorecard card) {
        Set<String> goldPeople = new HashSet<>();
        gold.persons().forEach(p -> goldPeople.add(fold(p.name())));
        Set<String> goldBodies = new HashSet<>();
        gold.bodies().forEach(b -> goldBodies.add(fold(b)));
        gold.aliases().forEach(pair -> pair.forEach(a -> goldBodies.add(fold(a))));
        gold.persons().forEach(p -> p.posts().forEach(post -> goldBodies.add(fold(post.org()))));
        for (Node e : articleEntities) {
            if (isA(e, PERSON)) {
                Set<String> names = labelsOf(e);
                card.person(names.stream().anyMatch(goldPeople::contains), names.stream().sorted().findFirst().orElse(e.toString()));
            } else if (isA(e, ORGANIZATION) && !isA(e, POST)) {
                card.body(goldBodies.stream().anyMatch(b -> matches(labelsOf(e), b)));
            }
        }
    }

    /** Entities of one of the classes (any, if none) labelled with the name, or with a label containing it or in it. */
    private Set<Node> named(String name, Set<Node> classes) {
        String folded = fold(name);
        Set<Node> exact = new LinkedHashSet<>();
        Set<Node> loose = new LinkedHashSet<>();
        labels.forEach((node, names) -> {
            if (!classes.isEmpty() && classes.stream().noneMatch(c -> isA(node, c))) {
                return;
            }
            if (names.contains(folded)) {
                exact.add(node);
            } else if (matches(names, folded)) {
                loose.add(node);
            }
        });
        return exact.isEmpty() ? loose : exact;
    }

    private Set<Node> exactly(String name, Node cls) {
        String folded = fold(name);
        Set<Node> out = new LinkedHashSet<>();
        labels.forEach((node, names) -> {
            if (names.contains(folded) && isA(node, cls)) {
                out.add(node);
            }
        });
        return out;
    }

    private static boolean matches(Set<String> names, String gold) {
        return names.stream().anyMatch(l -> l.equals(gold) || l.contains(gold) || gold.contains(l) && l.length() >= 2);
    }

    private boolean isA(Node node, Node cls) {
        for (Triple t : graph.find(node, TYPE, Node.ANY).toList()) {
            Node type = t.getObject();
            if (type.equals(cls) || ancestors(type).contains(cls)) {
                return true;
            }
        }
        return false;
    }

    private Set<Node> ancestors(Node cls) {
        Set<Node> out = new HashSet<>();
        ArrayDeque<Node> todo = new ArrayDeque<>(superClasses.getOrDefault(cls, Set.of()));
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (out.add(next)) {
                todo.addAll(superClasses.getOrDefault(next, Set.of()));
            }
        }
        return out;
    }

    private Set<String> labelsOf(Node node) {
        return labels.getOrDefault(node, Set.of());
    }

    private List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static String fold(String s) {
        return Scripts.fold(s.strip());
    }
}
