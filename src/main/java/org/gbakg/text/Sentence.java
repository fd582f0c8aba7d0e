package org.gbakg.text;

/**
 * A sentence of the normalised text: the unit that evidence points to.
 *
 * @param index position of the sentence in the article, from 0
 * @param span  its offsets in the normalised text
 * @param text  the sentence itself
 * @param block the block it belongs to
 */
public record Sentence(int index, Span span, String text, Block block) {}
