package org.gbakg.rdf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.lexicon.Term;
import org.gbakg.recognise.EntityRef;
import org.gbakg.relate.DateValue;
import org.gbakg.relate.Fact;
import org.gbakg.relate.Quantity;
import org.gbakg.relate.Reading;
import org.gbakg.text.Article;
import org.gbakg.text.ArticleMeta;
import org.gbakg.text.Sentence;

/**
 * Maps what was read in one article to quads of the graph contract, all in the article's
 * named graph: the article, the sentences that are evidence, every fact with a Web Annotation
 * pointing at its sentence, and the types and labels (both scripts) of every entity mentioned,
 * so that the article's graph stands alone.
 */
public final class ArticleMapper {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();

    private final Lexicon lexicon;
    private final Graph reference;
    private final EntityIris iris;

    private Article article;
    private Node graph;
    private Node articleNode;
    private String id;
    private String scriptTag;
    /**
     * Quads as added, duplicates included: sorting once at the end and dropping repeats costs less
     * than hashing every quad of a long article into a set.
     */
    private List<Quad> quads = new java.util.ArrayList<>();
    /** The labels written so far, so that an alias equal to a label is not written again. */
    private final Set<Triple> labelsWritten = new java.util.HashSet<>();
    private final Map<String, EntityRef> entities = new LinkedHashMap<>();
    private final Set<Integer> evidenceSentences = new HashSet<>();

    public ArticleMapper(Lexicon lexicon, Graph reference, EntityIris iris) {
        this.lexicon = lexicon;
        this.reference = reference;
        this.iris = iris;
    }

    public List<Quad> map(Reading reading) {
        article = reading.recognised().article();
        // sized for the article at once: a set that grows rehashes every quad again and again
        quads = new java.util.ArrayList<>(Math.max(1024, article.sentences().size() * 48));
        labelsWritten.clear();
        ArticleMeta meta = article.meta();
        id = meta.id();
        graph = NodeFactory.createURI(Vocab.GRAPH + id);
        articleNode = NodeFactory.createURI(Vocab.ID + "article/" + id);
        scriptTag = Scripts.isTraditional(article.text()) ? "zh-Hant" : "zh-Hans";
        articleNode(meta);
        for (Reading.ResolvedMention rm : reading.mentions()) {
            entity(rm.entity());
            if (!Scripts.fold(rm.mention().surface()).equals(Scripts.fold(rm.entity().name()))
                    && rm.mention().entity().kind() != EntityKind.EVENT) {
                altLabel(iris.of(rm.entity()), rm.mention().surface());
            }
        }
        for (Fact fact : reading.facts()) {
            fact(fact);
        }
        for (Sentence s : article.sentences()) {
            if (evidenceSentences.contains(s.index())) {
                sentence(s);
            }
        }
        return sorted(quads);
    }

    /** Quads in the order of their terms' text, so that output is the same on every run. */
    static List<Quad> sorted(List<Quad> quads) {
        List<Quad> list = new java.util.ArrayList<>(quads);
        list.sort(java.util.Comparator.comparing(Quad::getSubject, ArticleMapper::compareTerms)
                .thenComparing(Quad::getPredicate, ArticleMapper::compareTerms)
                .thenComparing(Quad::getObject, ArticleMapper::compareTerms));
        List<Quad> distinct = new java.util.ArrayList<>(list.size());
        for (Quad q : list) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(q)) {
                distinct.add(q);
            }
        }
        return distinct;
    }

    /** IRIs before literals; IRIs by their text; literals by lexical form, language and datatype. */
    private static int compareTerms(Node a, Node b) {
        if (a.isURI() != b.isURI()) {
            return a.isURI() ? -1 : 1;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (c == 0) {
            c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        }
        return c != 0 ? c : a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
    }

    private void articleNode(ArticleMeta meta) {
        add(articleNode, TYPE, Vocab.gba("SourceArticle"));
        add(articleNode, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        meta.title().ifPresent(t -> add(articleNode, DCTerms.title.asNode(), lang(t, scriptTag)));
        meta.publisher().ifPresent(p -> add(articleNode, DCTerms.publisher.asNode(), publisher(p)));
        meta.published().ifPresent(d -> add(articleNode, DCTerms.date.asNode(), date(d)));
        meta.language().ifPresent(l -> add(articleNode, DCTerms.language.asNode(), NodeFactory.createLiteralString(l)));
        add(articleNode, Vocab.gba("normalisedText"), lang(article.text(), scriptTag));
    }

    /** The publisher's curated entity where the lexicon knows the name, else the name itself. */
    private Node publisher(String name) {
        for (Term t : lexicon.lookup(Scripts.fold(name))) {
            if (t instanceof Term.EntityTerm e && !e.shortForm()) {
                entity(EntityRef.of(e.entity()));
                return e.entity().iri();
            }
        }
        return NodeFactory.createLiteralString(name);
    }

    private Node entity(EntityRef e) {
        Node iri = iris.of(e);
        if (entities.putIfAbsent(iri.getURI(), e) != null) {
            return iri;
        }
        add(iri, TYPE, e.kind().type());
        if (!e.type().equals(e.kind().type())) {
            add(iri, TYPE, e.type());
        }
        if (e.known().isPresent()) {
            for (Node p : List.of(TYPE, LABEL, ALT, SKOS.prefLabel.asNode())) {
                reference.find(iri, p, Node.ANY).forEach(t -> add(iri, p, t.getObject()));
            }
        } else {
            labels(iri, e.name());
        }
        return iri;
    }

    private void labels(Node iri, String name) {
        // the name's own script decides, not the article's: a curated label inside a name stays as written
        boolean traditional = Scripts.isTraditional(name) || scriptTag.equals("zh-Hant") && Scripts.fold(name).equals(name);
        String hant = traditional ? name : Scripts.toTraditional(name);
        String hans = traditional ? Scripts.toSimplified(name) : name;
        add(iri, LABEL, lang(hant, "zh-Hant"));
        add(iri, LABEL, lang(hans, "zh-Hans"));
    }

    private void altLabel(Node iri, String alias) {
        boolean traditional = scriptTag.equals("zh-Hant");
        String hant = traditional ? alias : Scripts.toTraditional(alias);
        String hans = traditional ? Scripts.toSimplified(alias) : alias;
        for (String[] l : new String[][] {{hant, "zh-Hant"}, {hans, "zh-Hans"}}) {
            Node literal = lang(l[0], l[1]);
            if (!reference.contains(iri, LABEL, literal) && !labelsWritten.contains(Triple.create(iri, LABEL, literal))) {
                add(iri, ALT, literal);
            }
        }
    }

    private void fact(Fact fact) {
        if (fact instanceof Fact.Post p) {
            post(p);
        } else if (fact instanceof Fact.Office o) {
            office(o);
        } else if (fact instanceof Fact.Relation r) {
            relation(entity(r.subject()), r.property(), entity(r.object()), r.sentence());
        } else if (fact instanceof Fact.Measure m) {
            measure(m);
        } else if (fact instanceof Fact.Target t) {
            target(t);
        } else if (fact instanceof Fact.Statement s) {
            statement(s);
        } else if (fact instanceof Fact.Event e) {
            event(e);
        } else if (fact instanceof Fact.Merger m) {
            merger(m);
        } else if (fact instanceof Fact.Issue i) {
            issue(i);
        } else if (fact instanceof Fact.Alias a) {
            Node entity = entity(a.entity());
            altLabel(entity, a.alias());
            evidence(reify(entity, ALT, lang(a.alias(), scriptTag)), a.sentence());
        }
    }

    private void post(Fact.Post p) {
        Node person = entity(p.person());
        Node body = entity(p.body());
        Node role = p.role().iri();
        Node post = NodeFactory.createURI(Vocab.ID + "post/" + last(person) + "--" + last(role) + "--" + last(body));
        add(post, TYPE, Vocab.org("Post"));
        add(post, Vocab.org("role"), role);
        add(post, Vocab.org("postIn"), body);
        add(body, Vocab.org("hasPost"), post);
        add(person, Vocab.org("holds"), post);
        add(post, Vocab.org("heldBy"), person);
        add(role, TYPE, Vocab.org("Role"));
        reference.find(role, LABEL, Node.ANY).forEach(t -> add(role, LABEL, t.getObject()));
        String bodyName = p.body().name();
        labels(post, bodyName + p.title());
        article.meta().published().ifPresent(d -> add(post, Vocab.gba("attestedOn"), date(d)));
        evidence(post, p.sentence());
    }

    private void office(Fact.Office o) {
        Node post = entity(o.office());
        Node body = entity(o.body());
        add(post, Vocab.org("role"), o.role().iri());
        add(post, Vocab.org("postIn"), body);
        add(body, Vocab.org("hasPost"), post);
        add(o.role().iri(), TYPE, Vocab.org("Role"));
        reference.find(o.role().iri(), LABEL, Node.ANY).forEach(t -> add(o.role().iri(), LABEL, t.getObject()));
        evidence(post, o.sentence());
    }

    private void relation(Node s, Node p, Node o, Sentence sentence) {
        if (s.equals(o)) {
            return;
        }
        add(s, p, o);
        if (p.equals(Vocab.org("unitOf"))) {
            add(o, Vocab.org("hasUnit"), s);
        }
        if (p.equals(Vocab.gba("partOf")) && reference.contains(s, p, o)) {
            return;
        }
        evidence(reify(s, p, o), sentence);
    }

    private Node quantityNode(String kind, Quantity q) {
        Node node = NodeFactory.createURI(Vocab.ID + kind + "/" + id + "-" + q.span().begin());
        add(node, Vocab.gba("value"), number(q.value()));
        add(node, Vocab.gba("unit"), q.unit().iri());
        add(node, Vocab.gba("comparator"), NodeFactory.createLiteralString(q.comparator()));
        add(node, Vocab.gba("statedAs"), lang(q.text(), scriptTag));
        q.squareMetres().ifPresent(m2 -> add(node, Vocab.gba("squareMetres"),
                org.apache.jena.sparql.expr.NodeValue.makeDouble(m2).asNode()));
        return node;
    }

    private void measure(Fact.Measure m) {
        Node q = quantityNode("quantity", m.quantity());
        add(q, TYPE, Vocab.gba("Quantity"));
        add(entity(m.subject()), m.property(), q);
        evidence(q, m.sentence());
    }

    private void target(Fact.Target t) {
        Node q = quantityNode("target", t.quantity());
        add(q, TYPE, Vocab.gba("Target"));
        t.quantity().year().ifPresent(y -> add(q, Vocab.gba("targetYear"),
                NodeFactory.createLiteralDT(String.valueOf(y), XSDDatatype.XSDgYear)));
        add(entity(t.subject()), Vocab.gba("hasTarget"), q);
        evidence(q, t.sentence());
    }

    private void statement(Fact.Statement s) {
        Node node = NodeFactory.createURI(Vocab.ID + "statement/" + id + "-" + s.sentence().index() + "-"
                + Slugs.key(s.text()));
        Node speaker = entity(s.speaker());
        add(node, TYPE, Vocab.gba("Statement"));
        add(node, Vocab.gba("statedBy"), speaker);
        add(node, Vocab.gba("text"), lang(s.text(), scriptTag));
        s.event().ifPresent(e -> {
            Node event = entity(e);
            add(node, Vocab.gba("statedAt"), event);
            add(speaker, Vocab.gba("spokeAt"), event);
            add(event, Vocab.gba("participant"), speaker);
        });
        evidence(node, s.sentence());
    }

    private void event(Fact.Event e) {
        Node event = entity(e.event());
        add(event, TYPE, NodeFactory.createURI(Vocab.SCHEMA + "Event"));
        e.date().ifPresent(d -> {
            add(event, DCTerms.date.asNode(), date(d));
            add(event, NodeFactory.createURI(Vocab.SCHEMA + "startDate"), date(d));
        });
        e.place().ifPresent(p -> relation(event, NodeFactory.createURI(Vocab.SCHEMA + "location"), entity(p), e.sentence()));
        e.organiser().ifPresent(o -> relation(event, NodeFactory.createURI(Vocab.SCHEMA + "organizer"), entity(o), e.sentence()));
        evidence(event, e.sentence());
    }

    private void merger(Fact.Merger m) {
        Node change = NodeFactory.createURI(Vocab.ID + "change/" + id + "-" + m.sentence().index());
        add(change, TYPE, Vocab.org("ChangeEvent"));
        for (EntityRef original : m.originals()) {
            add(change, Vocab.org("originalOrganization"), entity(original));
        }
        add(change, Vocab.org("resultingOrganization"), entity(m.result()));
        article.meta().published().ifPresent(d -> add(change, Vocab.gba("reportedOn"), date(d)));
        evidence(change, m.sentence());
    }

    private void issue(Fact.Issue i) {
        Node doc = entity(i.document());
        relation(doc, Vocab.gba("issuedBy"), entity(i.issuer()), i.sentence());
        i.date().ifPresent(d -> {
            Node literal = d instanceof DateValue.Day day ? date(day.date())
                    : NodeFactory.createLiteralDT(((DateValue.Month) d).month().toString(), XSDDatatype.XSDgYearMonth);
            add(doc, DCTerms.issued.asNode(), literal);
        });
    }

    /** A node standing for one triple, so that its evidence can point at it. */
    private Node reify(Node s, Node p, Node o) {
        Node fact = NodeFactory.createURI(Vocab.ID + "fact/" + id + "-" + Slugs.key(s + " " + p + " " + o));
        add(fact, TYPE, RDF.Statement.asNode());
        add(fact, RDF.subject.asNode(), s);
        add(fact, RDF.predicate.asNode(), p);
        add(fact, RDF.object.asNode(), o);
        return fact;
    }

    private void evidence(Node fact, Sentence s) {
        Node sentence = sentenceNode(s);
        Node ev = NodeFactory.createURI(Vocab.ID + "evidence/" + id + "-" + Slugs.key(fact.getURI() + "@" + s.index()));
        add(ev, TYPE, Vocab.oa("Annotation"));
        add(ev, Vocab.oa("hasBody"), fact);
        add(ev, Vocab.oa("hasTarget"), sentence);
        add(ev, Vocab.oa("motivatedBy"), Vocab.oa("describing"));
        add(fact, Vocab.prov("wasDerivedFrom"), articleNode);
        evidenceSentences.add(s.index());
    }

    private Node sentenceNode(Sentence s) {
        return NodeFactory.createURI(Vocab.ID + "sentence/" + id + "-" + s.index());
    }

    private void sentence(Sentence s) {
        Node node = sentenceNode(s);
        Node position = NodeFactory.createURI(node.getURI() + "-position");
        Node quote = NodeFactory.createURI(node.getURI() + "-quote");
        add(node, TYPE, Vocab.gba("Sentence"));
        add(node, TYPE, Vocab.oa("SpecificResource"));
        add(node, Vocab.oa("hasSource"), articleNode);
        add(node, Vocab.oa("hasSelector"), position);
        add(node, Vocab.oa("hasSelector"), quote);
        add(node, RDF.value.asNode(), lang(s.text(), scriptTag));
        add(position, TYPE, Vocab.oa("TextPositionSelector"));
        add(position, Vocab.oa("start"), integer(s.span().begin()));
        add(position, Vocab.oa("end"), integer(s.span().end()));
        add(quote, TYPE, Vocab.oa("TextQuoteSelector"));
        add(quote, Vocab.oa("exact"), lang(s.text(), scriptTag));
    }

    private void add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
        if (p.equals(LABEL)) {
            labelsWritten.add(Triple.create(s, p, o));
        }
    }

    private static Node lang(String text, String tag) {
        return NodeFactory.createLiteralLang(text, tag);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return integer((long) v);
        }
        return NodeFactory.createLiteralDT(new java.math.BigDecimal(Double.toString(v)).toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static String last(Node iri) {
        String s = iri.getURI();
        return s.substring(s.lastIndexOf('/') + 1);
    }

}
