package org.gbakg.text;

/** What a block of the printed page is. Facts are read from every kind; only their roles differ. */
public enum BlockKind {
    /** Running text of a story, possibly opened by a byline. */
    BODY,
    /** A headline or sub-headline: short, without sentence punctuation. */
    HEADLINE,
    /** A photo caption, its credit removed. */
    CAPTION,
    /** A bulleted paragraph (◆ …) of a story. */
    BULLET,
    /** A line naming the source of a story (來源：…). */
    SOURCE
}
