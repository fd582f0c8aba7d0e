package org.gbakg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.gbakg.export.DatasetContent;
import org.gbakg.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages and JSON endpoints over HTTP: escaping everywhere, evidence, VoID, dumps, search, graph, queries. */
class PagesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withFixture();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyEntityPageEscapesMarkupAndQuotes() throws Exception {
        DatasetGraph ds = Fixture.dataset();
        Set<String> iris = Txn.calculateRead(ds, () -> {
            Set<String> found = new TreeSet<>();
            DatasetContent.union(ds).find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                    if (n.isURI() && n.getURI().startsWith(Vocab.ID)) {
                        found.add(n.getURI());
                    }
                }
            });
            return found;
        });
        assertTrue(iris.size() > 30);
        for (String iri : iris) {
            HttpResponse<String> r = server.get("/id/" + iri.substring(Vocab.ID.length()), "text/html");
            assertEquals(200, r.statusCode(), iri);
            assertSafe(r.body(), iri);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        }
    }

    @Test
    void thePageOfThePersonWithMarkupInItsNameShowsItAsText() throws Exception {
        String page = server.get("/id/person/mischief", "text/html").body();
        assertTrue(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot;引號&quot;&#39;單&#39;&amp;amp;</h1>"), page);
        assertTrue(page.contains("&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(page.contains("He said &quot;&lt;i&gt;not italic&lt;/i&gt;&quot; &amp; left."), "evidence escaped");
        assertTrue(page.contains("Markup &lt;b&gt;in&lt;/b&gt; a &quot;title&quot;"), "article title escaped");
    }

    @Test
    void anEntityPageShowsLabelsTypesRelationsQuantitiesEvidenceAndDataLinks() throws Exception {
        String page = server.get("/id/person/qin-weizhong", "text/html").body();
        assertTrue(page.contains("<td lang=\"zh-Hant\">覃偉中</td>") && page.contains("<td lang=\"zh-Hans\">覃伟中</td>")
                && page.contains("<td lang=\"en\">Qin Weizhong</td>"));
        assertTrue(page.contains("<a href=\"/id/post/qin-weizhong--mayor--shenzhen-government\""), "relations link locally");
        assertTrue(page.contains("深圳市委副書記、市長覃偉中5日在北京出席國務院新聞辦發布會時透露。"), "the sentence stating the post");
        assertTrue(page.contains("深圳園區建設再進一步</a> · 香港文匯報 · 2023-09-06"), "the article of the sentence");
        assertTrue(page.contains("class=\"rel-in\"") && page.contains("/id/statement/000_test-3-a1"), "incoming links");
        for (String suffix : new String[] {"ttl", "jsonld", "nt", "rdf"}) {
            assertTrue(page.contains("href=\"/id/person/qin-weizhong." + suffix + "\""));
        }
        assertTrue(page.contains("<a class=\"sparql\" href=\"/?query=SELECT"), "a link into the SPARQL editor");
        assertFalse(page.contains("國務院新聞辦公室舉行新聞發布會。"), "an event's evidence is not evidence that the person spoke at it");
        assertTrue(server.get("/id/event/000_test-press-conference", "text/html").body().contains("國務院新聞辦公室舉行新聞發布會。"));
        String park = server.get("/id/park/hetao-shenzhen", "text/html").body();
        assertTrue(park.contains("3.02 km² <span class=\"normalised\">(3,020,000 m²)</span>"), park);
        assertTrue(park.contains("深圳園區面積3.02平方公里。") && park.contains("chars 120–150"));
        String hengqin = server.get("/id/platform/hengqin", "text/html").body();
        assertTrue(hengqin.contains("橫琴主要服務於澳門。"), "evidence of a reified relation");
    }

    @Test
    void theNotFoundPageIsHtmlAndSafe() throws Exception {
        HttpResponse<String> r = server.get("/id/person/%3Cscript%3E", "text/html");
        assertEquals(404, r.statusCode());
        assertSafe(r.body(), "404");
    }

    @Test
    void voidDescribesTheDatasetWithPartitionsEndpointAndDumps() throws Exception {
        HttpResponse<String> r = server.get("/.well-known/void", null);
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", LinkedDataIT.mediaType(r));
        Graph g = LinkedDataIT.parse(r.body(), Lang.TURTLE);
        String v = "http://rdfs.org/ns/void#";
        Node dataset = NodeFactory.createURI(server.url("/.well-known/void#gba"));
        assertTrue(g.contains(dataset, RDF.type.asNode(), NodeFactory.createURI(v + "Dataset")));
        assertTrue(g.contains(dataset, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset")));
        assertTrue(g.contains(dataset, NodeFactory.createURI(v + "sparqlEndpoint"), NodeFactory.createURI(server.url("/gba/sparql"))));
        DatasetGraph ds = Fixture.store();
        long triples = Txn.calculateRead(ds, () -> (long) DatasetContent.union(ds).size());
        assertTrue(g.contains(dataset, NodeFactory.createURI(v + "triples"), NodeFactory.createLiteralDT(String.valueOf(triples),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong)), r.body());
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(v + "class"), NodeFactory.createURI("http://xmlns.com/foaf/0.1/Person")));
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(v + "property"), Vocab.org("holds")));
        assertTrue(g.contains(dataset, NodeFactory.createURI("http://purl.org/dc/terms/rights"), Node.ANY));
        for (String dump : new String[] {"nq", "trig", "ttl", "nt", "jsonld", "rdf"}) {
            assertTrue(g.contains(dataset, NodeFactory.createURI(v + "dataDump"), NodeFactory.createURI(server.url("/dump/gba." + dump))));
        }
        assertEquals("application/ld+json", LinkedDataIT.mediaType(server.get("/.well-known/void", "application/ld+json")));
    }

    @Test
    void dumpsAreTheExports() throws Exception {
        HttpResponse<String> nq = server.get("/dump/gba.nq", null);
        assertEquals(200, nq.statusCode());
        assertEquals("application/n-quads", LinkedDataIT.mediaType(nq));
        assertEquals(nq.body(), server.get("/dump/gba.nq", null).body());
        assertEquals(404, server.get("/dump/other.nq", null).statusCode());
    }

    @Test
    void searchFindsANameWrittenInTheOtherScriptAndEscapesMarkupInJson() throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=" + java.net.URLEncoder.encode("覃伟中", "UTF-8"), null);
        JsonNode json = JSON.readTree(r.body());
        assertEquals(Fixture.QIN, json.at("/hits/0/iri").asText());
        assertEquals("覃偉中", json.at("/hits/0/label").asText());
        assertEquals("/id/person/qin-weizhong", json.at("/hits/0/href").asText());
        JsonNode english = JSON.readTree(server.get("/api/search?q=qin", null).body());
        assertEquals(Fixture.QIN, english.at("/hits/0/iri").asText());
        HttpResponse<String> markup = server.get("/api/search?q=script", null);
        assertFalse(markup.body().contains("<"), "raw markup in JSON: " + markup.body());
        assertEquals(Fixture.MISCHIEF, JSON.readTree(markup.body()).at("/hits/0/iri").asText());
        JsonNode alias = JSON.readTree(server.get("/api/search?q=" + java.net.URLEncoder.encode("发改委", "UTF-8"), null).body());
        assertEquals(Fixture.NDRC, alias.at("/hits/0/iri").asText());
    }

    @Test
    void graphApiGivesCytoscapeElementsWithPageLinks() throws Exception {
        JsonNode all = JSON.readTree(server.get("/api/graph", null).body());
        assertFalse(all.get("truncated").asBoolean());
        assertTrue(all.at("/elements/nodes").size() > 10);
        assertFalse(all.toString().contains("\"" + Fixture.NDRC + "\""), "the overview leaves out entities linked to nothing");
        JsonNode alone = JSON.readTree(server.get("/api/graph?depth=0&around=" + java.net.URLEncoder.encode(Fixture.NDRC, "UTF-8"), null).body());
        assertEquals(1, alone.at("/elements/nodes").size(), "but they can be shown on their own");
        JsonNode around = JSON.readTree(server.get("/api/graph?depth=1&around=" + java.net.URLEncoder.encode(Fixture.QIN, "UTF-8"), null).body());
        assertEquals(4, around.at("/elements/nodes").size());
        boolean linked = false;
        for (JsonNode n : around.at("/elements/nodes")) {
            linked |= n.at("/data/href").asText().equals("/id/person/qin-weizhong");
        }
        assertTrue(linked);
        HttpResponse<String> bad = server.get("/api/graph?around=" + java.net.URLEncoder.encode(Fixture.QIN, "UTF-8") + "&depth=9", null);
        assertEquals(400, bad.statusCode());
        assertEquals("depth '9' is not valid: use 0 to 3", bad.body().strip());
    }

    @Test
    void namedQueriesAreListedWithTitleDescriptionAndText() throws Exception {
        JsonNode json = JSON.readTree(server.get("/api/queries", null).body());
        assertEquals("/gba/sparql", json.get("endpoint").asText());
        assertEquals(Vocab.ID, json.get("base").asText());
        assertEquals(2, json.get("queries").size());
        assertEquals("01-persons", json.at("/queries/0/name").asText());
        assertEquals("Persons and their posts", json.at("/queries/0/title").asText());
        assertEquals("Every person with the posts they hold, in Traditional Chinese.", json.at("/queries/0/description").asText());
        assertTrue(json.at("/queries/0/query").asText().contains("SELECT ?person ?name ?post"));
    }

    @Test
    void theExplorerPageAndItsLibraryAreServedFromTheClasspath() throws Exception {
        HttpResponse<String> home = server.get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertEquals("text/html", LinkedDataIT.mediaType(home));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"").matcher(home.body());
        int scripts = 0;
        while (m.find()) {
            scripts++;
            assertTrue(m.group(1).startsWith("/"), "no script from another host: " + m.group(1));
            assertEquals(200, server.get(m.group(1), null).statusCode(), m.group(1) + " is not on the classpath");
        }
        assertEquals(2, scripts);
        assertFalse(home.body().contains("http://") || home.body().contains("https://"), "the page must work offline");
        assertEquals(404, server.get("/webjars/cytoscape/none.js", null).statusCode());
        assertTrue(Set.of(400, 404).contains(server.get("/webjars/%2e%2e/%2e%2e/org/gbakg/web/WebApp.class", null).statusCode()));
        assertEquals(404, server.get("/ui/org/gbakg/web/WebApp.class", null).statusCode());
    }

    @Test
    void theSparqlEndpointIsReadOnly() throws Exception {
        HttpResponse<String> r = server.get("/gba/sparql?query=" + java.net.URLEncoder.encode("ASK {}", "UTF-8"), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
    }

    /** No markup from the data: only the page's own tags, and none of the fixture's mischief as markup. */
    static void assertSafe(String html, String where) {
        assertFalse(html.contains("<script"), where + " has a script element");
        assertFalse(html.contains("<img"), where + " has markup from the data");
        assertFalse(html.contains("<i>") || html.contains("<b>"), where + " has markup from the data");
        assertFalse(html.contains("\"引號\"") || html.contains("'單'"), where + " has unescaped quotes");
    }
}
