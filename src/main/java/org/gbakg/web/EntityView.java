package org.gbakg.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gbakg.export.LabelLanguage;

/**
 * What an entity's page shows, read from the graph.
 *
 * @param iri        the entity
 * @param labels     its {@code rdfs:label} in each language it has one in
 * @param altLabels  its aliases, each with its language tag
 * @param types      its classes
 * @param outgoing   links from it to other resources
 * @param incoming   links from other resources to it
 * @param quantities figures it has (areas, targets), with units
 * @param attributes its other literal values
 * @param evidence   sentences about the entity itself (a post, a statement, an event)
 */
record EntityView(String iri, Map<LabelLanguage, String> labels, List<Literal> altLabels, List<Link> types,
                  List<Relation> outgoing, List<Relation> incoming, List<QuantityRow> quantities,
                  List<Attribute> attributes, List<Evidence> evidence) {

    /** The label to title the page with: Traditional, Simplified, English, else the IRI. */
    String title() {
        for (LabelLanguage l : LabelLanguage.ZH_HANT.fallback()) {
            if (labels.containsKey(l)) {
                return labels.get(l);
            }
        }
        return iri;
    }

    record Literal(String text, String language) {}

    /** One link, and the sentences that state it. */
    record Relation(Link property, Link other, List<Evidence> evidence) {}

    /** A figure: {@code 3.02 km²}, the square metres it comes to, and how the text put it. */
    record QuantityRow(Link property, Link quantity, String value, String unit, Optional<String> comparator,
                       Optional<String> squareMetres, Optional<String> statedAs, List<Evidence> evidence) {}

    record Attribute(Link property, String value, String language) {}
}
