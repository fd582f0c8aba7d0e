package org.gbakg.export;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entities of a graph and the object properties between them, ready for a graph tool.
 * Nodes are sorted by id, edges by source, property and target, so every writer's output is stable.
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {

    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * @param id         the entity's IRI (or {@code _:label} for a blank node)
     * @param label      its label in the chosen language, with fallbacks
     * @param classIri   its most specific type, used for colour and legend
     * @param classLabel that type's label in the chosen language
     * @param attributes literal values and non-entity links, keyed by prefixed property name
     *                   ({@code gba:text@zh-Hant} for a language-tagged value); several values joined by {@code " | "}
     */
    public record Node(String id, String label, String classIri, String classLabel, SortedMap<String, String> attributes) {
        public Node {
            attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        }
    }

    /** A directed edge {@code source --property--> target}; {@code label} is the property's label or short name. */
    public record Edge(String source, String property, String label, String target) {}

    /** The attribute keys used by any node, sorted: the columns graph tools declare. */
    public SortedSet<String> attributeKeys() {
        SortedSet<String> keys = new TreeSet<>();
        nodes.forEach(n -> keys.addAll(n.attributes().keySet()));
        return keys;
    }

    /** The classes used, sorted by IRI, each once: the legend and the colours. */
    public List<String> classes() {
        return nodes.stream().map(Node::classIri).distinct().sorted().toList();
    }
}
