package org.gbakg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdPathTest {

    @Test
    void aSuffixNamesASyntaxAndIsStrippedFromThePath() {
        IdPath p = IdPath.parse("/person/qin-weizhong.jsonld").orElseThrow();
        assertEquals(Optional.of(EntitySyntax.JSONLD), p.suffix());
        assertEquals("person/qin-weizhong", p.withoutSuffix());
        assertEquals(Optional.empty(), IdPath.parse("/quantity/000_test-120").orElseThrow().suffix());
        assertEquals(Optional.empty(), IdPath.parse("/x/a.b").orElseThrow().suffix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//x", "/..", "/../x", "/a/../b", "/a/./b", "/.hidden", "/a//b", "/a/b/", "/a\\b", "/a%2fb",
        "/覃偉中", "/a b", "/a?b", "/a#b", "/a\u0000b"})
    void anythingButPlainAsciiSegmentsIsRefused(String path) {
        assertTrue(IdPath.parse(path).isEmpty(), path);
    }
}
