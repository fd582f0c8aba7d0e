package org.gbakg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gbakg.rdf.Vocab;

/** A Fuseki on a free loopback port serving the fixture read-only at /gba, with the web side mounted. */
public final class TestServer implements AutoCloseable {
    private final FusekiServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer(DatasetGraph dataset) {
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/gba", dataset, false);
        server = WebApp.mount(builder, dataset, Fixture.queriesDir(), Vocab.ID).build().start();
    }

    public static TestServer withFixture() {
        return new TestServer(Fixture.store());
    }

    public String url(String path) {
        return "http://localhost:" + server.getHttpPort() + path;
    }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            req.header("Accept", accept);
        }
        return client.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The status line of a GET sent byte for byte as written, with no client normalising the path. */
    public String rawStatusLine(String rawPath) throws IOException {
        try (Socket s = new Socket("localhost", server.getHttpPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
