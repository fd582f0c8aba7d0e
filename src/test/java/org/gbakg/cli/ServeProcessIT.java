package org.gbakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gbakg.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg serve} as a user runs it, in its own process: it prints its URLs, answers queries,
 * keeps other commands off its store while it runs, and releases the store when stopped.
 */
class ServeProcessIT {
    @TempDir
    Path tmp;
    Process serve;

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesUntilStoppedAndKeepsOtherCommandsOffItsStore() throws Exception {
        Path articles = Fixtures.copy("articles", tmp);
        Path ontology = Fixtures.copy("ontology-fixture", tmp);
        Path db = tmp.resolve("data");
        assertEquals(0, Cli.run("build", "--db", db.toString(), "--ontology", ontology.toString(), articles.toString()).exit());

        serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--db", db.toString(), "--ontology", ontology.toString())
                .redirectErrorStream(true)
                .start();
        List<String> printed = readUntil(serve, "Web page:", 60);
        String sparql = printed.stream().filter(l -> l.startsWith("SPARQL query:")).findFirst().orElseThrow()
                .replaceAll("^SPARQL query:\\s+(\\S+).*$", "$1");

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                        + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());

        String inUse = "kg: " + db + ": the store is in use by another process (a running kg serve?); stop it first";
        Map<String, String> before = Fixtures.snapshot(db);
        assertEquals(inUse, Cli.run("build", "--db", db.toString(), "--ontology", ontology.toString(), articles.toString()).oneLineError());
        assertEquals(inUse, Cli.run("ingest", "--db", db.toString(), "--ontology", ontology.toString(),
                articles.resolve("beta.txt").toString()).oneLineError());
        assertEquals(inUse, Cli.run("query", "--db", db.toString(), Fixtures.write(tmp.resolve("q.rq"), "ASK {}").toString()).oneLineError());
        assertEquals(before, Fixtures.snapshot(db));

        serve.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the server and the store
        assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve did not stop");
        assertEquals(0, Cli.run("query", "--db", db.toString(), tmp.resolve("q.rq").toString()).exit());
    }

    /** The lines the process prints until one starts with {@code marker}. */
    private static List<String> readUntil(Process process, String marker, int seconds) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        CompletableFuture<List<String>> read = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                    if (line.startsWith(marker)) {
                        return lines;
                    }
                }
                throw new AssertionError("serve ended: " + lines);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return read.get(seconds, TimeUnit.SECONDS);
    }
}
