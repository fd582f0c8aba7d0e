package org.gbakg.recognise;

/** How Chinese names are shortened: by keeping some of their characters, in order (城市規劃委員會 → 城規會). */
public final class Abbreviation {
    private Abbreviation() {}

    /** Whether the short name keeps only characters of the full name, in their order, and is shorter. */
    public static boolean shortens(String shortName, String fullName) {
        if (shortName.isEmpty() || shortName.length() >= fullName.length()) {
            return false;
        }
        int at = 0;
        for (char c : shortName.toCharArray()) {
            at = fullName.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }
}
