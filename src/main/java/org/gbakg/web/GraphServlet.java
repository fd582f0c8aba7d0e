package org.gbakg.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.UserError;
import org.gbakg.export.CytoscapeJsonWriter;
import org.gbakg.export.DatasetContent;
import org.gbakg.export.EntityGraph;
import org.gbakg.export.EntityGraphBuilder;
import org.gbakg.export.EntityGraphOptions;
import org.gbakg.export.LabelLanguage;

/**
 * {@code /api/graph}: the entity graph as Cytoscape.js JSON for the page's graph view; with
 * {@code ?around=IRI&depth=N} (N at most 3) the neighbourhood of an entity. The overview (no
 * {@code around}) leaves out entities linked to nothing (the curated titles and focus areas no
 * article used, say: search finds them) and is cut to its {@value #MAX_NODES} best-connected
 * entities ({@code "truncated": true}), so the page stays usable. Each node also gets {@code href},
 * the path of its page.
 */
public final class GraphServlet extends HttpServlet {
    static final int MAX_NODES = 300;
    private static final int MAX_DEPTH = 3;

    private final transient DatasetGraph dataset;
    private final transient LocalLinks links;

    public GraphServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.links = new LocalLinks(base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        EntityGraphOptions options = EntityGraphOptions.all().withInstanceBase(links.base());
        String lang = req.getParameter("lang");
        String around = req.getParameter("around");
        try {
            if (lang != null) {
                options = options.withLanguage(LabelLanguage.of(lang));
            }
            if (around != null) {
                options = options.around(around, depth(req.getParameter("depth")));
            }
            EntityGraphOptions chosen = options;
            EntityGraph built = Txn.calculateRead(dataset, () -> new EntityGraphBuilder(DatasetContent.union(dataset), chosen).build());
            EntityGraph graph = around == null ? withoutIsolated(built) : built;
            boolean truncated = graph.nodes().size() > MAX_NODES;
            ObjectNode json = CytoscapeJsonWriter.toJson(truncated ? bestConnected(graph) : graph);
            json.put("truncated", truncated);
            for (JsonNode node : (ArrayNode) json.at("/elements/nodes")) {
                ObjectNode data = (ObjectNode) node.get("data");
                links.href(NodeFactory.createURI(data.get("id").asText())).ifPresent(h -> data.put("href", h));
            }
            Responses.json(resp, json);
        } catch (UserError e) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static int depth(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int d = Integer.parseInt(value);
            if (d >= 0 && d <= MAX_DEPTH) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new UserError("depth '" + value + "' is not valid: use 0 to " + MAX_DEPTH);
    }

    private static EntityGraph withoutIsolated(EntityGraph g) {
        Set<String> linked = new HashSet<>();
        g.edges().forEach(e -> {
            linked.add(e.source());
            linked.add(e.target());
        });
        return new EntityGraph(g.nodes().stream().filter(n -> linked.contains(n.id())).toList(), g.edges());
    }

    /** The {@value #MAX_NODES} entities with most edges, and the edges between them. */
    private static EntityGraph bestConnected(EntityGraph g) {
        Map<String, Integer> degree = new HashMap<>();
        g.edges().forEach(e -> {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        });
        Set<String> kept = new HashSet<>(g.nodes().stream()
                .sorted(Comparator.comparing((EntityGraph.Node n) -> -degree.getOrDefault(n.id(), 0)).thenComparing(EntityGraph.Node::id))
                .limit(MAX_NODES).map(EntityGraph.Node::id).toList());
        return new EntityGraph(g.nodes().stream().filter(n -> kept.contains(n.id())).toList(),
                g.edges().stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList());
    }
}
