package org.gbakg.lexicon;

import java.util.function.BiPredicate;

/**
 * Tells the page normaliser that two printed lines are one: the first ends with a title (a name
 * follows), or a name of the lexicon runs across the break (深圳園 / 區).
 */
public final class LineJoin implements BiPredicate<String, String> {
    private static final int REACH = 12;
    private final Lexicon lexicon;

    public LineJoin(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean test(String before, String after) {
        String tail = Scripts.fold(before.substring(Math.max(0, before.length() - REACH)));
        String head = Scripts.fold(after.substring(0, Math.min(after.length(), REACH)));
        for (int len = 1; len <= tail.length(); len++) {
            for (Term t : lexicon.lookup(tail.substring(tail.length() - len))) {
                if (t instanceof Term.RoleTerm) {
                    return true;
                }
            }
        }
        String joined = tail + head;
        for (Lexicon.Match m : lexicon.find(joined)) {
            if (m.begin() < tail.length() && m.end() > tail.length()) {
                return true;
            }
        }
        return false;
    }
}
