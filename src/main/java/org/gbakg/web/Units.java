package org.gbakg.web;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.gbakg.export.Labels;
import org.gbakg.rdf.Vocab;

/** How a page writes a QUDT unit: its usual symbol, else its IRI's short name. */
final class Units {
    private Units() {}

    private static final Map<String, String> SYMBOLS = Map.of(
            "KiloM2", "km²", "M2", "m²", "HA", "ha", "FT2", "ft²", "NUM", "", "PERCENT", "%");

    static String symbol(Node unit) {
        String name = Labels.shortName(unit);
        return unit.isURI() && unit.getURI().startsWith(Vocab.QUDT_UNIT) ? SYMBOLS.getOrDefault(name, name) : name;
    }
}
