package org.gbakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.gbakg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default server: read-only SPARQL over a real TDB2 store, with a timeout and CORS. */
class ReadOnlyServerIT {
    static final String PREFIXES = "PREFIX gba: <https://w3id.org/gbakg/ontology#>\n";
    static final String ARTICLES = PREFIXES + "SELECT ?a WHERE { ?a a gba:SourceArticle } ORDER BY ?a";
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Store store;
    static GbaServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = ServedStore.open(tmp);
        server = GbaServer.builder()
                .port(0)
                .loopbackOnly(true)
                .queryTimeout(TIMEOUT)
                .dataset(store.dataset())
                .addServlet("/id/*", new Echo())
                .build()
                .start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Stands in for the linked-data pages another part of the project mounts. */
    static final class Echo extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(("echo " + request.getPathInfo()).getBytes(StandardCharsets.UTF_8));
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    static int rows(HttpResponse<String> response) {
        return json(response).path("results").path("bindings").size();
    }

    @Test
    void answersAQueryByGetOverTheUnionOfTheNamedGraphs() {
        HttpResponse<String> response = http.query("/gba/sparql", ARTICLES, Http.JSON);

        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Http.JSON));
        JsonNode bindings = json(response).path("results").path("bindings");
        assertEquals(3, bindings.size());
        assertEquals("https://w3id.org/gbakg/id/article/alpha", bindings.get(0).path("a").path("value").asText());
    }

    @Test
    void answersAQueryByPostOnBothQueryEndpoints() {
        assertEquals(3, rows(http.postForm("/gba/sparql", "query", ARTICLES, Http.JSON)));
        assertEquals(3, rows(http.post("/gba/query", "application/sparql-query", ARTICLES, "Accept", Http.JSON)));
    }

    @Test
    void findsEntitiesByTheirChineseLabels() {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?body WHERE { ?body rdfs:label \"香港特別行政區政府\"@zh-Hant }";
        assertEquals(1, rows(http.query("/gba/sparql", query, Http.JSON)));
    }

    @Test
    void speaksXmlCsvAndTsvResults() {
        HttpResponse<String> xml = http.query("/gba/sparql", ARTICLES, "application/sparql-results+xml");
        HttpResponse<String> csv = http.query("/gba/sparql", ARTICLES, "text/csv");
        HttpResponse<String> tsv = http.query("/gba/sparql", ARTICLES, "text/tab-separated-values");

        assertTrue(xml.body().contains("<uri>https://w3id.org/gbakg/id/article/alpha</uri>"), xml.body());
        assertEquals("a", csv.body().lines().findFirst().orElseThrow());
        assertEquals(4, csv.body().lines().count());
        assertEquals("?a", tsv.body().lines().findFirst().orElseThrow());
    }

    @Test
    void givesConstructResultsAsTurtleOrJsonLd() {
        String construct = PREFIXES + "CONSTRUCT { ?a a gba:SourceArticle } WHERE { ?a a gba:SourceArticle }";

        HttpResponse<String> turtle = http.query("/gba/sparql", construct, "text/turtle");
        HttpResponse<String> jsonld = http.query("/gba/sparql", construct, "application/ld+json");

        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.body().contains("<https://w3id.org/gbakg/id/article/gamma>"), turtle.body());
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains("https://w3id.org/gbakg/id/article/gamma"), jsonld.body());
    }

    @Test
    void readsANamedGraphByTheGraphStoreProtocol() {
        HttpResponse<String> response = http.get("/gba/get?graph=" + Http.encode("https://w3id.org/gbakg/graph/beta"), "text/turtle");

        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("<https://w3id.org/gbakg/id/article/beta>"), response.body());
    }

    @Test
    void refusesUpdateByDefault() {
        String insert = PREFIXES + "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> a gba:SourceArticle } }";

        int viaUpdateEndpoint = http.post("/gba/update", "application/sparql-update", insert).statusCode();
        int viaUpdateForm = http.postForm("/gba/update", "update", insert, "*/*").statusCode();
        int viaQueryEndpoint = http.post("/gba/sparql", "application/sparql-update", insert).statusCode();
        int viaQueryForm = http.postForm("/gba/sparql", "update", insert, "*/*").statusCode();
        int viaDataset = http.post("/gba", "application/sparql-update", insert).statusCode();
        int viaGraphStore = http.send(http.request("/gba/data?default").header("Content-Type", "text/turtle")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))).statusCode();
        int viaGraphStoreRead = http.send(http.request("/gba/get?default").header("Content-Type", "text/turtle")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))).statusCode();

        assertTrue(viaUpdateEndpoint == 404 || viaUpdateEndpoint == 405, "update endpoint: " + viaUpdateEndpoint);
        assertTrue(viaUpdateForm == 404 || viaUpdateForm == 405, "update form: " + viaUpdateForm);
        assertTrue(viaQueryEndpoint >= 400 && viaQueryEndpoint < 500, "query endpoint: " + viaQueryEndpoint);
        assertTrue(viaQueryForm >= 400 && viaQueryForm < 500, "query form: " + viaQueryForm);
        assertTrue(viaDataset >= 400 && viaDataset < 500, "dataset: " + viaDataset);
        assertTrue(viaGraphStore == 404 || viaGraphStore == 405, "graph store: " + viaGraphStore);
        assertTrue(viaGraphStoreRead >= 400 && viaGraphStoreRead < 500, "graph store read: " + viaGraphStoreRead);
        assertEquals(3, rows(http.query("/gba/sparql", ARTICLES, Http.JSON)));
        assertEquals(0, rows(http.query("/gba/sparql", "SELECT * WHERE { GRAPH <urn:x:g> { ?s ?p ?o } }", Http.JSON)));
    }

    @Test
    void stopsARunawayQueryWithinTheTimeoutAndKeepsAnswering() {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . "
                + "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa . ?bb ?cc ?dd }";

        long started = System.nanoTime();
        HttpResponse<String> runaway = http.query("/gba/sparql", crossProduct, Http.JSON);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(503, runaway.statusCode(), runaway::body);
        assertTrue(took.compareTo(TIMEOUT.plusSeconds(3)) < 0, "took " + took);
        assertEquals(3, rows(http.query("/gba/sparql", ARTICLES, Http.JSON)));
    }

    @Test
    void sendsCorsHeaders() {
        HttpResponse<String> response = http.send(http.request("/gba/sparql?query=" + Http.encode(ARTICLES))
                .header("Accept", Http.JSON).header("Origin", "https://example.org").GET());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers().toString());
    }

    @Test
    void servesTheQueryPageAtTheRoot() {
        HttpResponse<String> page = http.get("/", "text/html");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<textarea"), page.body());
        assertTrue(page.body().contains("gba/sparql"));
        assertFalse(page.body().contains("http://") && page.body().contains("<script src="), "no scripts from elsewhere");
    }

    @Test
    void mountsExtraServletsAndLeavesOtherPathsNotFound() {
        HttpResponse<String> echo = http.get("/id/person/qin-weizhong", "text/plain");

        assertEquals(200, echo.statusCode());
        assertEquals("echo /person/qin-weizhong", echo.body());
        assertEquals(404, http.get("/nothing-here", "text/html").statusCode());
    }

    @Test
    void answersPing() {
        assertEquals(200, http.get("/$/ping", "text/plain").statusCode());
    }
}
