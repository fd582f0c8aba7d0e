package org.gbakg.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie of one word list, read forwards from an offset or backwards from an end, so
 * that asking "which word starts here" costs a few map lookups and no substring.
 */
final class WordTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean word;
    }

    private final Node forward = new Node();
    private final Node backward = new Node();
    /** Characters that start (end) a word: most offsets fail here, before any boxed map lookup. */
    private final java.util.BitSet starts = new java.util.BitSet(Character.MAX_VALUE + 1);
    private final java.util.BitSet ends = new java.util.BitSet(Character.MAX_VALUE + 1);

    void add(String word) {
        starts.set(word.charAt(0));
        ends.set(word.charAt(word.length() - 1));
        Node f = forward;
        for (int i = 0; i < word.length(); i++) {
            f = f.next.computeIfAbsent(word.charAt(i), c -> new Node());
        }
        f.word = true;
        Node b = backward;
        for (int i = word.length() - 1; i >= 0; i--) {
            b = b.next.computeIfAbsent(word.charAt(i), c -> new Node());
        }
        b.word = true;
    }

    /** The length of the longest word that starts at {@code pos}, or 0. */
    int longestAt(CharSequence text, int pos) {
        if (pos >= text.length() || !starts.get(text.charAt(pos))) {
            return 0;
        }
        Node n = forward;
        int longest = 0;
        for (int i = pos; i < text.length(); i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.word) {
                longest = i - pos + 1;
            }
        }
        return longest;
    }

    /** The length of the longest word that ends at {@code end}, or 0. */
    int longestEndingAt(CharSequence text, int end) {
        if (end <= 0 || end > text.length() || !ends.get(text.charAt(end - 1))) {
            return 0;
        }
        Node n = backward;
        int longest = 0;
        for (int i = end - 1; i >= 0; i--) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.word) {
                longest = end - i;
            }
        }
        return longest;
    }
}
