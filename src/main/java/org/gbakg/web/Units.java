package org.gbakg.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.gbakg.export.Labels;
import org.gbakg.rdf.Vocab;

/** How a page writes a QUDT unit: its usual symbol, else its IRI's short name. */
final class Units {
    private Units() {}

    private static final Map<String, String> SYMBOLS = Map.of(
            "KiloM2", "km²", "M2", "m²", "HA", "ha", "FT2", "ft²", "NUM", "", "PERCENT", "%");

    /** A number as people write it: {@code 3020000.0e0} as {@code 3,020,000}; anything not a number as it is. */
    static String number(String lexical) {
        try {
            BigDecimal value = new BigDecimal(lexical.trim());
            DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(value);
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    static String symbol(Node unit) {
        String name = Labels.shortName(unit);
        return unit.isURI() && unit.getURI().startsWith(Vocab.QUDT_UNIT) ? SYMBOLS.getOrDefault(name, name) : name;
    }
}
