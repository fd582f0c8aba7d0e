package org.gbakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * GraphML, read by yEd, Gephi, Cytoscape and networkx. Every data key is declared; node ids are
 * {@code n0, n1, ...} (GraphML ids are XML name tokens, which IRIs are not) and the IRI is the
 * {@code iri} attribute.
 */
final class GraphMlWriter implements EntityGraphWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        try {
            XmlOut xml = new XmlOut(out);
            xml.open("graphml");
            xml.namespace("", NS);
            xml.namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.empty("key", "id", "label", "for", "node", "attr.name", "label", "attr.type", "string");
            xml.empty("key", "id", "class", "for", "node", "attr.name", "class", "attr.type", "string");
            xml.empty("key", "id", "classLabel", "for", "node", "attr.name", "classLabel", "attr.type", "string");
            xml.empty("key", "id", "colour", "for", "node", "attr.name", "colour", "attr.type", "string");
            List<String> keys = List.copyOf(graph.attributeKeys());
            Map<String, String> keyIds = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                keyIds.put(keys.get(i), "a" + i);
                xml.empty("key", "id", "a" + i, "for", "node", "attr.name", keys.get(i), "attr.type", "string");
            }
            xml.empty("key", "id", "edgeLabel", "for", "edge", "attr.name", "label", "attr.type", "string");
            xml.empty("key", "id", "property", "for", "edge", "attr.name", "property", "attr.type", "string");
            xml.open("graph", "id", "gba", "edgedefault", "directed");
            ClassColours colours = new ClassColours(graph.classes());
            Map<String, String> nodeIds = new HashMap<>();
            for (EntityGraph.Node n : graph.nodes()) {
                String id = "n" + nodeIds.size();
                nodeIds.put(n.id(), id);
                xml.open("node", "id", id);
                xml.text("data", n.label(), "key", "label");
                xml.text("data", n.classIri(), "key", "class");
                xml.text("data", n.classLabel(), "key", "classLabel");
                xml.text("data", colours.of(n.classIri()), "key", "colour");
                for (var a : n.attributes().entrySet()) {
                    xml.text("data", a.getValue(), "key", keyIds.get(a.getKey()));
                }
                xml.close();
            }
            int e = 0;
            for (EntityGraph.Edge edge : graph.edges()) {
                xml.open("edge", "id", "e" + e++, "source", nodeIds.get(edge.source()), "target", nodeIds.get(edge.target()));
                xml.text("data", edge.label(), "key", "edgeLabel");
                xml.text("data", edge.property(), "key", "property");
                xml.close();
            }
            xml.close();
            xml.close();
            xml.finish();
        } catch (XMLStreamException ex) {
            throw new IOException("cannot write GraphML: " + ex.getMessage(), ex);
        }
    }
}
