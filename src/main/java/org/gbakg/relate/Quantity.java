package org.gbakg.relate;

import java.util.Optional;
import org.gbakg.lexicon.Unit;
import org.gbakg.text.Span;

/**
 * A number the text states, multiplied out (150 萬 → 1,500,000) and with its unit.
 *
 * @param value      the figure, Chinese numerals and multipliers applied
 * @param unit       the unit (an area unit, or the count or percent unit)
 * @param comparator how the text qualifies it: {@code = ~ >= > <= <}
 * @param year       the year it is a target for (到2025年), if any
 * @param span       where the figure is written
 * @param text       the figure as written
 */
public record Quantity(double value, Unit unit, String comparator, Optional<Integer> year, Span span, String text) {
    /** The area in square metres, for an area unit. */
    public Optional<Double> squareMetres() {
        return unit.isArea() ? Optional.of(value * unit.squareMetres()) : Optional.empty();
    }
}
