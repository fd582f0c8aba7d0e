package org.gbakg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.gbakg.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferencing entity IRIs over HTTP: content negotiation, suffixes, ?format=, 404s and traversal attempts. */
class LinkedDataIT {
    private static final String QIN_PATH = "/id/person/qin-weizhong";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withFixture();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, text/turtle",
        "application/ld+json, application/ld+json",
        "application/n-triples, application/n-triples",
        "application/rdf+xml, application/rdf+xml",
        "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', text/html",
        "'application/rdf+xml;q=0.5, text/turtle;q=0.9', text/turtle",
        "*/*, text/turtle"})
    void negotiatesTheSyntaxFromAccept(String accept, String expected) throws Exception {
        HttpResponse<String> r = server.get(QIN_PATH, accept);
        assertEquals(200, r.statusCode());
        assertEquals(expected, mediaType(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        if (!expected.equals("text/html")) {
            assertDescribesQin(r.body(), RDFLanguages.contentTypeToLang(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "nt, application/n-triples", "rdf, application/rdf+xml",
        "html, text/html"})
    void suffixAndFormatParameterChooseTheSyntaxWhateverTheAcceptHeader(String suffix, String expected) throws Exception {
        HttpResponse<String> bySuffix = server.get(QIN_PATH + "." + suffix, "text/html");
        assertEquals(200, bySuffix.statusCode());
        assertEquals(expected, mediaType(bySuffix));
        assertEquals("Accept", bySuffix.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> byParameter = server.get(QIN_PATH + "?format=" + suffix, "application/rdf+xml;q=0.1");
        assertEquals(expected, mediaType(byParameter));
        assertEquals(bySuffix.body(), byParameter.body());
    }

    @Test
    void theDescriptionHoldsBothDirectionsNeighbourLabelsAndEvidence() throws Exception {
        Graph g = parse(server.get(QIN_PATH + ".nt", null).body(), Lang.NTRIPLES);
        Node qin = NodeFactory.createURI(Fixture.QIN);
        Node statement = NodeFactory.createURI(Vocab.ID + "statement/000_test-3-a1");
        Node post = NodeFactory.createURI(Vocab.ID + "post/qin-weizhong--mayor--shenzhen-government");
        assertTrue(g.contains(qin, Vocab.org("holds"), post));
        assertTrue(g.contains(statement, Vocab.gba("statedBy"), qin), "incoming links are part of the description");
        assertTrue(g.contains(post, RDFS.label.asNode(), NodeFactory.createLiteralLang("深圳市人民政府市長", "zh-Hant")));
        Node evidence = NodeFactory.createURI(Vocab.ID + "evidence/000_test-post");
        assertTrue(g.contains(evidence, Vocab.oa("hasBody"), post), "the evidence of the post the person holds");
        Node sentence = NodeFactory.createURI(Vocab.ID + "sentence/000_test-2-quote");
        assertTrue(g.contains(sentence, Vocab.oa("exact"), Node.ANY), "with the sentence");
        assertTrue(g.contains(NodeFactory.createURI(Vocab.ID + "article/000_test"), NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY));
        assertFalse(g.contains(NodeFactory.createURI(Fixture.HENGQIN), Node.ANY, Node.ANY), "nothing unrelated");
    }

    @Test
    void evidenceThroughBlankNodesIsDescribedToo() throws Exception {
        Graph g = parse(server.get("/id/quantity/000_test-120.ttl", null).body(), Lang.TURTLE);
        assertTrue(g.contains(Node.ANY, Vocab.oa("exact"), NodeFactory.createLiteralLang("深圳園區面積3.02平方公里。", "zh-Hant")));
        assertTrue(g.contains(Node.ANY, Vocab.oa("start"), Node.ANY));
    }

    @Test
    void aPageIsServedForPlumbingTooSinceEveryIriUnderTheBaseIsDereferenceable() throws Exception {
        assertEquals(200, server.get("/id/article/000_test", "text/html").statusCode());
        assertEquals(200, server.get("/id/role/mayor.ttl", null).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/person/nobody", "/id/person/nobody.ttl", "/id/", "/id/person/", "/id/person/qin-weizhong.xyz", "/id/person/QIN-WEIZHONG"})
    void unknownEntitiesAre404(String path) throws Exception {
        HttpResponse<String> r = server.get(path, "text/turtle");
        assertEquals(404, r.statusCode(), path);
    }

    @Test
    void anUnknownFormatParameterIs400AndAnUnacceptableAcceptIs406() throws Exception {
        HttpResponse<String> bad = server.get(QIN_PATH + "?format=xls", null);
        assertEquals(400, bad.statusCode());
        assertEquals("unknown format 'xls'; use one of: html, ttl, jsonld, nt, rdf", bad.body().strip());
        assertEquals(406, server.get(QIN_PATH, "image/png").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/../gba/sparql", "/id/person/../../gba/sparql", "/id/%2e%2e/gba/sparql", "/id/%2E%2E/%2E%2E/etc/passwd",
        "/id/person/%2e%2e%2f%2e%2e%2fgba", "/id/..%2f..%2fetc/passwd", "/id/person%2f..%2f..%2fetc%2fpasswd", "/id/.%2e/x",
        "/id/person/qin-weizhong%00.ttl", "/id/%252e%252e/x", "/id/person\\..\\..\\x", "/id/person//../../x"})
    void pathTraversalReachesNothingOutsideTheNamespace(String rawPath) throws Exception {
        String status = server.rawStatusLine(rawPath);
        assertTrue(status.startsWith("HTTP/1.1 400") || status.startsWith("HTTP/1.1 404"), rawPath + " gave " + status);
    }

    @Test
    void theDescriptionIsTheSameOnEveryRequest() throws Exception {
        assertEquals(server.get(QIN_PATH + ".ttl", null).body(), server.get(QIN_PATH + ".ttl", null).body());
    }

    static void assertDescribesQin(String body, Lang lang) {
        Graph g = parse(body, lang);
        assertTrue(g.contains(NodeFactory.createURI(Fixture.QIN), RDFS.label.asNode(), NodeFactory.createLiteralLang("覃偉中", "zh-Hant")),
                lang + " description lacks the label");
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }

    static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }
}
