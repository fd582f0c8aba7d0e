package org.gbakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.gbakg.UserError;
import org.gbakg.web.Fixture;
import org.junit.jupiter.api.Test;

class EntityGraphBuilderTest {
    private static final String ID = "https://w3id.org/gbakg/id/";

    static EntityGraph build(EntityGraphOptions options) {
        return new EntityGraphBuilder(Exporter.canonicalUnion(Fixture.dataset()), options).build();
    }

    static Set<String> ids(EntityGraph g) {
        return g.nodes().stream().map(EntityGraph.Node::id).collect(Collectors.toSet());
    }

    @Test
    void nodesAreTheEntitiesWithoutEvidencePlumbingArticlesOrOntologyTerms() {
        Set<String> ids = ids(build(EntityGraphOptions.all()));
        assertTrue(ids.containsAll(Set.of(Fixture.QIN, Fixture.MISCHIEF, Fixture.PARK, Fixture.HENGQIN, Fixture.NDRC,
                ID + "post/qin-weizhong--mayor--shenzhen-government", ID + "role/mayor", ID + "quantity/000_test-120",
                ID + "statement/000_test-3-a1", ID + "event/000_test-press-conference")), ids.toString());
        assertTrue(ids.stream().noneMatch(i -> i.contains("/evidence/") || i.contains("/sentence/") || i.contains("/article/")
                || i.contains("/fact/") || i.startsWith("_:") || i.startsWith("https://w3id.org/gbakg/ontology#")), ids.toString());
    }

    @Test
    void edgesLinkEntitiesAndCarryThePropertysLabelInTheChosenLanguage() {
        EntityGraph g = build(EntityGraphOptions.all().withLanguage(LabelLanguage.EN));
        assertTrue(g.edges().contains(new EntityGraph.Edge(Fixture.HENGQIN, "https://w3id.org/gbakg/ontology#serves", "serves",
                ID + "region/macao")), g.edges().toString());
        // no label in the ontology graph: the property's short name
        assertTrue(g.edges().stream().anyMatch(e -> e.property().endsWith("#spokeAt") && e.label().equals("spokeAt")));
        assertTrue(g.edges().stream().noneMatch(e -> e.property().endsWith("22-rdf-syntax-ns#type")));
    }

    @Test
    void labelsFollowTheLanguageThenFallBack() {
        EntityGraph hans = build(EntityGraphOptions.all().withLanguage(LabelLanguage.ZH_HANS));
        assertEquals("覃伟中", node(hans, Fixture.QIN).label());
        assertEquals("foaf:Person", Labels.prefixed(node(hans, Fixture.QIN).classIri()));
        EntityGraph en = build(EntityGraphOptions.all().withLanguage(LabelLanguage.EN));
        assertEquals("Qin Weizhong", node(en, Fixture.QIN).label());
        // the event has no English label: Traditional Chinese comes next
        assertEquals("國務院新聞辦發布會", node(en, ID + "event/000_test-press-conference").label());
        assertEquals("event", node(en, ID + "event/000_test-press-conference").classLabel());
    }

    @Test
    void theMostSpecificTypeIsTheClass() {
        EntityGraph g = build(EntityGraphOptions.all());
        assertEquals("https://w3id.org/gbakg/ontology#GovernmentBody", node(g, Fixture.NDRC).classIri());
        assertEquals("https://w3id.org/gbakg/ontology#Event", node(g, ID + "event/000_test-press-conference").classIri());
    }

    @Test
    void literalsAndNonEntityLinksBecomeAttributes() {
        EntityGraph g = build(EntityGraphOptions.all());
        var quantity = node(g, ID + "quantity/000_test-120").attributes();
        assertEquals("3.02", quantity.get("gba:value"));
        assertEquals("unit:KiloM2", quantity.get("gba:unit"));
        assertEquals("id:article/000_test", quantity.get("prov:wasDerivedFrom"));
        assertEquals("國家發改委 | 發改委", node(g, Fixture.NDRC).attributes().get("skos:altLabel@zh-Hant"));
        assertEquals("http://www.wikidata.org/entity/Q14773",
                node(g, ID + "region/macao").attributes().get("owl:sameAs"));
    }

    @Test
    void classFilterKeepsSubclassesAndDropsEdgesToOthers() {
        EntityGraph g = build(EntityGraphOptions.all().withClasses(Set.of("org:Organization", "foaf:Person")));
        assertEquals(Set.of(Fixture.QIN, Fixture.MISCHIEF, Fixture.NDRC, ID + "body/shenzhen-government"), ids(g));
        assertTrue(g.edges().isEmpty(), g.edges().toString());
    }

    @Test
    void propertyFilterKeepsOnlyThoseEdges() {
        EntityGraph g = build(EntityGraphOptions.all().withProperties(Set.of("org:holds", "http://www.w3.org/ns/org#postIn")));
        assertEquals(Set.of("http://www.w3.org/ns/org#holds", "http://www.w3.org/ns/org#postIn"),
                g.edges().stream().map(EntityGraph.Edge::property).collect(Collectors.toSet()));
    }

    @Test
    void aroundTakesTheNeighbourhoodToTheDepthAskedFor() {
        EntityGraph one = build(EntityGraphOptions.all().around(Fixture.QIN, 1));
        assertEquals(Set.of(Fixture.QIN, ID + "post/qin-weizhong--mayor--shenzhen-government", ID + "event/000_test-press-conference",
                ID + "statement/000_test-3-a1"), ids(one));
        EntityGraph two = build(EntityGraphOptions.all().around("id:person/qin-weizhong", 2));
        assertTrue(ids(two).containsAll(Set.of(ID + "role/mayor", ID + "body/shenzhen-government", Fixture.MISCHIEF)), ids(two).toString());
        assertFalse(ids(two).contains(Fixture.HENGQIN));
        assertEquals(Set.of(Fixture.QIN), ids(build(EntityGraphOptions.all().around(Fixture.QIN, 0))));
    }

    @Test
    void aroundSomethingThatIsNotAnEntityIsAUserError() {
        UserError e = assertThrows(UserError.class,
                () -> build(EntityGraphOptions.all().around(ID + "evidence/000_test-post", 1)));
        assertEquals(ID + "evidence/000_test-post is not an entity of the graph", e.getMessage());
    }

    static EntityGraph.Node node(EntityGraph g, String id) {
        return g.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no node " + id));
    }
}
