package org.gbakg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gbakg.web.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphToolWritersTest {
    private static final EntityGraph GRAPH = EntityGraphBuilderTest.build(EntityGraphOptions.all());

    @Test
    void graphMlHasOneElementPerNodeAndEdgeAndDeclaresEveryKey() throws Exception {
        Document doc = parse(write(ExportFormat.GRAPHML));
        assertEquals("http://graphml.graphdrawing.org/xmlns", doc.getDocumentElement().getNamespaceURI());
        assertEquals(GRAPH.nodes().size(), doc.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(GRAPH.edges().size(), doc.getElementsByTagNameNS("*", "edge").getLength());
        Set<String> declared = new HashSet<>();
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            declared.add(((Element) keys.item(i)).getAttribute("id"));
        }
        NodeList data = doc.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertTrue(declared.contains(((Element) data.item(i)).getAttribute("key")));
        }
        assertTrue(GRAPH.nodes().size() > 10 && GRAPH.edges().size() > 10);
    }

    @Test
    void gexfHasNodesEdgesAndAttributes() throws Exception {
        Document doc = parse(write(ExportFormat.GEXF));
        assertEquals("http://gexf.net/1.3", doc.getDocumentElement().getNamespaceURI());
        assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
        assertEquals(GRAPH.nodes().size(), doc.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(GRAPH.edges().size(), doc.getElementsByTagNameNS("*", "edge").getLength());
        assertEquals(GRAPH.nodes().size(), doc.getElementsByTagNameNS("http://gexf.net/1.3/viz", "color").getLength());
    }

    @Test
    void xmlFormatsKeepMarkupInLabelsAsText() throws Exception {
        for (ExportFormat f : new ExportFormat[] {ExportFormat.GRAPHML, ExportFormat.GEXF}) {
            String xml = new String(write(f), StandardCharsets.UTF_8);
            assertFalse(xml.contains("<script>"), f + " lets markup through");
            assertTrue(xml.contains("&lt;script>") || xml.contains("&lt;script&gt;"), f.name());
        }
    }

    @Test
    void dotQuotesEveryIdAndLabelAndEscapesQuotes() {
        String dot = new String(write(ExportFormat.DOT), StandardCharsets.UTF_8);
        assertTrue(dot.startsWith("digraph gba {\n") && dot.endsWith("}\n"));
        assertEquals(GRAPH.edges().size(), dot.lines().filter(l -> l.contains(" -> ")).count());
        assertTrue(dot.contains("[label=\"<script>alert(1)</script>\\\"引號\\\"'單'&amp;\""), dot);
        for (String line : dot.lines().toList()) {
            assertEquals(0, unescapedQuotes(line) % 2, "unbalanced quotes in: " + line);
        }
        assertEquals("\"a\\\\nb\\\"c\\nd\"", DotWriter.quote("a\\nb\"c\nd"));
    }

    @Test
    void cytoscapeJsonHasElementsWithData() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(ExportFormat.CYJS));
        assertEquals(GRAPH.nodes().size(), json.at("/elements/nodes").size());
        assertEquals(GRAPH.edges().size(), json.at("/elements/edges").size());
        JsonNode first = json.at("/elements/nodes/0/data");
        assertTrue(first.has("id") && first.has("label") && first.has("class") && first.has("colour"));
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GRAPHML", "GEXF", "DOT", "CYJS"})
    void writesTheSameBytesForTheSameDataParsedTwice(ExportFormat format) throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Exporter.export(Fixture.dataset(), format, EntityGraphOptions.all(), a);
        Exporter.export(Fixture.dataset(), format, EntityGraphOptions.all(), b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    static byte[] write(ExportFormat format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EntityGraphWriter.of(format).write(GRAPH, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static int unescapedQuotes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }
}
