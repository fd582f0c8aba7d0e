package org.gbakg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.gbakg.query.QueryLibrary;

/**
 * {@code /api/queries}: the named queries (read afresh on each request, so edits show at once),
 * with the SPARQL endpoint the page runs them on and the instance namespace it links entities by.
 */
public final class QueriesServlet extends HttpServlet {
    private final transient Path dir;
    private final String base;
    private final String sparqlPath;

    public QueriesServlet(Path dir, String base, String sparqlPath) {
        this.dir = dir;
        this.base = base;
        this.sparqlPath = sparqlPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.json(resp, Map.of("endpoint", sparqlPath, "base", base, "idPath", LocalLinks.ID_PATH,
                "queries", new QueryLibrary(dir).all().stream().map(NamedQuery::of).toList()));
    }
}
