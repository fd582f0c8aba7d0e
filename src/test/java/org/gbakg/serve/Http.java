package org.gbakg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the integration tests, speaking to one server on localhost. */
final class Http {
    static final String JSON = "application/sparql-results+json";
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    /**
     * Sends on a new connection: the server may close a connection after refusing a request whose
     * body it did not read, and the JDK client does not retry a POST on such a pooled connection.
     */
    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** A query by GET, as {@code ?query=}. */
    HttpResponse<String> query(String endpoint, String sparql, String accept) {
        return get(endpoint + "?query=" + encode(sparql), accept);
    }

    /** A query by POST of an HTML form. */
    HttpResponse<String> postForm(String endpoint, String field, String value, String accept) {
        return send(request(endpoint).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + encode(value), StandardCharsets.UTF_8)));
    }

    /** A body POSTed as is, e.g. {@code application/sparql-update}. */
    HttpResponse<String> post(String endpoint, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(endpoint).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
