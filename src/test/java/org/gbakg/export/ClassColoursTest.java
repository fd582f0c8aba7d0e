package org.gbakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClassColoursTest {

    @Test
    void everyClassOfAManyClassGraphHasItsOwnColour() {
        List<String> classes = IntStream.range(0, 40).mapToObj(i -> "http://example.org/C" + i).toList();
        ClassColours colours = new ClassColours(classes);
        Set<String> seen = new HashSet<>();
        classes.forEach(c -> seen.add(colours.of(c)));
        assertEquals(40, seen.size());
        assertTrue(seen.stream().allMatch(c -> c.matches("#[0-9a-f]{6}")), seen.toString());
    }
}
