package org.gbakg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegotiationTest {
    private static final List<EntitySyntax> OFFERS = List.of(EntitySyntax.TURTLE, EntitySyntax.HTML, EntitySyntax.JSONLD,
            EntitySyntax.NTRIPLES, EntitySyntax.RDFXML);

    private static Optional<EntitySyntax> choose(String accept) {
        return Negotiation.choose(accept, OFFERS);
    }

    @Test
    void noHeaderOrAnythingGivesTheFirstOffer() {
        assertEquals(Optional.of(EntitySyntax.TURTLE), choose(null));
        assertEquals(Optional.of(EntitySyntax.TURTLE), choose("*/*"));
    }

    @Test
    void aBrowsersHeaderGivesThePage() {
        assertEquals(Optional.of(EntitySyntax.HTML),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
    }

    @Test
    void theHighestQualityWinsAndTheMostSpecificRangeSetsIt() {
        assertEquals(Optional.of(EntitySyntax.JSONLD), choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(EntitySyntax.RDFXML), choose("text/*;q=0.1, application/rdf+xml;q=0.2"));
        assertEquals(Optional.of(EntitySyntax.HTML), choose("text/*, text/turtle;q=0"));
    }

    @Test
    void nothingAcceptableIsNone() {
        assertEquals(Optional.empty(), choose("image/png"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0"));
        assertEquals(Optional.empty(), choose("nonsense"));
    }
}
