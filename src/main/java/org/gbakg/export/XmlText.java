package org.gbakg.export;

/** Text fit for XML 1.0: the characters it cannot hold at all (most control characters) are dropped. */
final class XmlText {
    private XmlText() {}

    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(XmlText::allowed).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
