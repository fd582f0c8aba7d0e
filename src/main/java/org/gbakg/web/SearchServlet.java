package org.gbakg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.export.DatasetContent;

/** {@code /api/search?q=NAME}: entities whose labels or aliases match, in either script, as JSON. */
public final class SearchServlet extends HttpServlet {
    private static final int LIMIT = 20;

    private final transient DatasetGraph dataset;
    private final transient LocalLinks links;

    public SearchServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.links = new LocalLinks(base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q");
        List<NameSearch.Hit> hits = Txn.calculateRead(dataset, () -> NameSearch.search(DatasetContent.union(dataset), links, q, LIMIT));
        Responses.json(resp, Map.of("query", q, "variants", List.copyOf(NameSearch.variants(q)), "hits", hits));
    }
}
