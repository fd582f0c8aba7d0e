package org.gbakg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The page at {@code /} until the web UI takes its place: a text area whose query runs against
 * {@code /gba/sparql} and whose results show as a table. Plain HTML and script, nothing fetched
 * from elsewhere, so it works offline.
 */
final class QueryPage extends HttpServlet {
    private static final String RESOURCE = "query-page.html";
    private final byte[] page;

    QueryPage() {
        try (InputStream in = QueryPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
