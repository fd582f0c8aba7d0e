package org.gbakg.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape.js elements JSON ({@code {"elements": {"nodes": [...], "edges": [...]}}}), which
 * {@code cy.json(...)} and Cytoscape desktop read. Node data: id, label, class, classLabel,
 * colour and the attributes; edge data: id, source, target, label, property. An edge's id is
 * {@code source property target} (spaces cannot occur in IRIs), so that graphs fetched piece by
 * piece merge without clashes.
 */
public final class CytoscapeJsonWriter implements EntityGraphWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        JSON.writeValue(out, toJson(graph));
    }

    public static ObjectNode toJson(EntityGraph graph) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        ClassColours colours = new ClassColours(graph.classes());
        for (EntityGraph.Node n : graph.nodes()) {
            ObjectNode data = nodes.addObject().putObject("data");
            data.put("id", n.id());
            data.put("label", n.label());
            data.put("class", n.classIri());
            data.put("classLabel", n.classLabel());
            data.put("colour", colours.of(n.classIri()));
            ObjectNode attributes = data.putObject("attributes");
            n.attributes().forEach(attributes::put);
        }
        ArrayNode edges = elements.putArray("edges");
        for (EntityGraph.Edge e : graph.edges()) {
            ObjectNode data = edges.addObject().putObject("data");
            data.put("id", e.source() + " " + e.property() + " " + e.target());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("label", e.label());
            data.put("property", e.property());
        }
        return root;
    }
}
