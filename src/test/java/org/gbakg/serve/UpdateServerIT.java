package org.gbakg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.gbakg.store.Store;
import org.gbakg.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with update allowed for the users of a password file. */
class UpdateServerIT {
    static final String AUTH = Http.basicAuth("editor", "s3cret");

    @TempDir
    static Path tmp;
    static Store store;
    static GbaServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = ServedStore.open(tmp);
        Path passwords = Fixtures.write(tmp.resolve("passwords"), "# who may update\neditor: s3cret\n");
        server = GbaServer.builder().port(0).loopbackOnly(true).dataset(store.dataset()).allowUpdate(passwords).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String insert(String graph) {
        return "INSERT DATA { GRAPH <" + graph + "> { <urn:x:s> <urn:x:p> \"更新\" } }";
    }

    static int triplesIn(String graph) {
        return ReadOnlyServerIT.rows(http.query("/gba/sparql", "SELECT * WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }", Http.JSON));
    }

    @Test
    void updatesWithTheRightPassword() {
        HttpResponse<String> response = http.post("/gba/update", "application/sparql-update", insert("urn:x:ok"), "Authorization", AUTH);

        assertEquals(204, response.statusCode(), response::body);
        assertEquals(1, triplesIn("urn:x:ok"));
    }

    @Test
    void refusesUpdateWithoutOrWithWrongCredentials() {
        HttpResponse<String> anonymous = http.post("/gba/update", "application/sparql-update", insert("urn:x:anon"));
        HttpResponse<String> wrong = http.post("/gba/update", "application/sparql-update", insert("urn:x:anon"),
                "Authorization", Http.basicAuth("editor", "guess"));
        HttpResponse<String> graphStore = http.send(http.request("/gba/data?graph=urn:x:anon")
                .header("Content-Type", "text/turtle").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")));

        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, wrong.statusCode());
        assertEquals(401, graphStore.statusCode());
        assertEquals(0, triplesIn("urn:x:anon"));
    }

    @Test
    void writesAGraphByTheGraphStoreProtocolWithThePassword() {
        HttpResponse<String> put = http.send(http.request("/gba/data?graph=" + Http.encode("urn:x:put"))
                .header("Content-Type", "text/turtle").header("Authorization", AUTH)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")));

        assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, "status " + put.statusCode());
        assertEquals(1, triplesIn("urn:x:put"));
    }

    @Test
    void letsQueriesThroughWithoutCredentials() {
        assertEquals(3, ReadOnlyServerIT.rows(http.query("/gba/sparql", ReadOnlyServerIT.ARTICLES, Http.JSON)));
    }

    @Test
    void answersACorsPreflightForUpdateWithoutAChallenge() {
        HttpResponse<String> preflight = http.send(http.request("/gba/update")
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, preflight.statusCode(), preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("WWW-Authenticate").isEmpty());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }
}
