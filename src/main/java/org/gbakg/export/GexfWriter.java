package org.gbakg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** GEXF 1.3, Gephi's format: declared node attributes, a colour per class, edge labels. No date, so runs compare equal. */
final class GexfWriter implements EntityGraphWriter {
    private static final String NS = "http://gexf.net/1.3";

    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        try {
            XmlOut xml = new XmlOut(out);
            xml.open("gexf", "version", "1.3", "xsi:schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            xml.namespace("", NS);
            xml.namespace("viz", NS + "/viz");
            xml.namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.open("meta");
            xml.text("creator", "gba-kg");
            xml.text("description", "Entities of the Greater Bay Area governance knowledge graph");
            xml.close();
            xml.open("graph", "defaultedgetype", "directed", "mode", "static");
            xml.open("attributes", "class", "node", "mode", "static");
            xml.empty("attribute", "id", "class", "title", "class", "type", "string");
            xml.empty("attribute", "id", "classLabel", "title", "classLabel", "type", "string");
            List<String> keys = List.copyOf(graph.attributeKeys());
            Map<String, String> keyIds = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                keyIds.put(keys.get(i), "a" + i);
                xml.empty("attribute", "id", "a" + i, "title", keys.get(i), "type", "string");
            }
            xml.close();
            xml.open("attributes", "class", "edge", "mode", "static");
            xml.empty("attribute", "id", "property", "title", "property", "type", "string");
            xml.close();
            ClassColours colours = new ClassColours(graph.classes());
            xml.open("nodes");
            for (EntityGraph.Node n : graph.nodes()) {
                xml.open("node", "id", n.id(), "label", n.label());
                xml.open("attvalues");
                xml.empty("attvalue", "for", "class", "value", n.classIri());
                xml.empty("attvalue", "for", "classLabel", "value", n.classLabel());
                for (var a : n.attributes().entrySet()) {
                    xml.empty("attvalue", "for", keyIds.get(a.getKey()), "value", a.getValue());
                }
                xml.close();
                int[] rgb = ClassColours.rgb(colours.of(n.classIri()));
                xml.empty("viz:color", "r", String.valueOf(rgb[0]), "g", String.valueOf(rgb[1]), "b", String.valueOf(rgb[2]));
                xml.close();
            }
            xml.close();
            xml.open("edges");
            int e = 0;
            for (EntityGraph.Edge edge : graph.edges()) {
                xml.open("edge", "id", "e" + e++, "source", edge.source(), "target", edge.target(), "label", edge.label());
                xml.open("attvalues");
                xml.empty("attvalue", "for", "property", "value", edge.property());
                xml.close();
                xml.close();
            }
            xml.close();
            xml.close();
            xml.close();
            xml.finish();
        } catch (XMLStreamException ex) {
            throw new IOException("cannot write GEXF: " + ex.getMessage(), ex);
        }
    }
}
