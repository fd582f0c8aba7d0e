package org.gbakg.text;

/** A paragraph-level unit of the normalised text. */
public record Block(BlockKind kind, Span span) {}
