package org.gbakg.lexicon;

import org.apache.jena.graph.Node;

/**
 * A unit of measure, as a QUDT unit IRI. {@code squareMetres} is the area of one unit, or NaN
 * for units that are not areas (counts, percentages).
 */
public record Unit(Node iri, String name, double squareMetres) {
    public boolean isArea() {
        return !Double.isNaN(squareMetres);
    }
}
