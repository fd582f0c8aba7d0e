package org.gbakg.recognise;

import org.gbakg.lexicon.Role;
import org.gbakg.text.Span;

/** A title in the text (市長, 黨組成員). */
public record RoleMention(Span span, String surface, Role role) {}
