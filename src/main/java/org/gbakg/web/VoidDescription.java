package org.gbakg.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.gbakg.export.ExportFormat;
import org.gbakg.rdf.Vocab;

/**
 * The dataset described in VoID and DCAT: size, class and property partitions, where to query
 * it and where to download it, and what may be done with it. Counted over the union of all graphs.
 */
final class VoidDescription {
    private VoidDescription() {}

    static final String RIGHTS = "Derived by machine from published news articles. The quoted sentences remain the "
            + "copyright of their publishers and are given as evidence for the facts, with their source; check each "
            + "publisher's terms before reusing them.";

    /**
     * @param union    the union of all graphs (read inside a transaction)
     * @param root     this server's address, {@code http://host:port}
     * @param base     the instance namespace
     * @param sparql   the SPARQL endpoint's path, {@code /gba/sparql}
     */
    static Model describe(Graph union, String root, String base, String sparql) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS);
        Resource dataset = m.createResource(root + "/.well-known/void#gba");
        dataset.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("Greater Bay Area governance knowledge graph", "en"))
                .addProperty(DCTerms.title, m.createLiteral("粵港澳大灣區治理知識圖譜", "zh-Hant"))
                .addProperty(DCTerms.title, m.createLiteral("粤港澳大湾区治理知识图谱", "zh-Hans"))
                .addProperty(DCTerms.description, m.createLiteral("Persons, posts, bodies, cooperation platforms, projects, "
                        + "targets and statements read from Chinese-language news on Greater Bay Area governance, each fact "
                        + "with the sentence that states it.", "en"))
                .addProperty(DCTerms.rights, m.createLiteral(RIGHTS, "en"))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.sparqlEndpoint, m.createResource(root + sparql))
                .addProperty(VOID.vocabulary, m.createResource(Vocab.GBA));
        for (String vocabulary : List.of(Vocab.ORG, "http://xmlns.com/foaf/0.1/", "http://www.w3.org/2004/02/skos/core#",
                Vocab.OA, Vocab.PROV, "http://purl.org/dc/terms/", Vocab.SCHEMA)) {
            dataset.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        Resource service = m.createResource(root + "/.well-known/void#sparql").addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(root + sparql))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, dataset);
        dataset.addProperty(DCAT.accessService, service);
        for (ExportFormat f : DumpServlet.FORMATS) {
            Resource dump = m.createResource(root + DumpServlet.path(f));
            dataset.addProperty(VOID.dataDump, dump);
            dataset.addProperty(DCAT.distribution, m.createResource(root + "/.well-known/void#dump-" + f.extension())
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + f.mediaType()))
                    .addProperty(DCTerms.format, f.mediaType()));
        }
        statistics(union, base, m, dataset);
        return m;
    }

    private static void statistics(Graph union, String base, Model m, Resource dataset) {
        long triples = 0;
        Set<Node> entities = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<Node, Long> perProperty = new HashMap<>();
        Map<Node, Set<Node>> perClass = new HashMap<>();
        Node type = RDF.type.asNode();
        for (var it = union.find(); it.hasNext(); ) {
            var t = it.next();
            triples++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            perProperty.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(base)) {
                entities.add(t.getSubject());
            }
            if (t.getPredicate().equals(type)) {
                perClass.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        }
        dataset.addLiteral(VOID.triples, triples).addLiteral(VOID.entities, (long) entities.size())
                .addLiteral(VOID.distinctSubjects, (long) subjects.size()).addLiteral(VOID.distinctObjects, (long) objects.size())
                .addLiteral(VOID.classes, (long) perClass.size()).addLiteral(VOID.properties, (long) perProperty.size());
        // partitions are blank nodes, as in the VoID guide; the writer labels them canonically
        toStrings(perProperty).forEach((p, n) -> dataset.addProperty(VOID.propertyPartition,
                m.createResource()
                        .addProperty(VOID.property, m.createResource(p)).addLiteral(VOID.triples, (long) n)));
        Map<String, Long> classCounts = new TreeMap<>();
        perClass.forEach((c, members) -> {
            if (c.isURI()) {
                classCounts.put(c.getURI(), (long) members.size());
            }
        });
        classCounts.forEach((c, n) -> dataset.addProperty(VOID.classPartition,
                m.createResource()
                        .addProperty(VOID._class, m.createResource(c)).addLiteral(VOID.entities, (long) n)));
    }

    private static Map<String, Long> toStrings(Map<Node, Long> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k.getURI(), v));
        return out;
    }
}
