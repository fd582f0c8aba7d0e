package org.gbakg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Each matching rule of the gold's README finds what it should and nothing it should not. */
class GoldScorerTest {
    private static final String GRAPH = """
            PREFIX gba: <https://w3id.org/gbakg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX : <https://w3id.org/gbakg/id/>
            gba:GovernmentBody rdfs:subClassOf org:Organization .
            :qin a foaf:Person ; rdfs:label "覃伟中"@zh-Hans ; org:holds :post .
            :post a org:Post ; org:role :mayor ; org:postIn :szgov .
            :mayor a org:Role ; rdfs:label "市长"@zh-Hans .
            :szgov a gba:GovernmentBody ; rdfs:label "深圳市人民政府"@zh-Hans ; skos:altLabel "深圳市政府"@zh-Hans .
            :hengqin a gba:CooperationPlatform ; rdfs:label "横琴粤澳深度合作区"@zh-Hans ; skos:altLabel "横琴"@zh-Hans ;
                gba:area :q ; gba:serves :macao .
            :q gba:value 106 ; gba:squareMetres 1.06E8 .
            :macao a gba:Region ; rdfs:label "澳门"@zh-Hans .
            :article a gba:SourceArticle ; prov:wasDerivedFrom :hengqin .
            :doc a gba:PolicyDocument ; rdfs:label "某规划"@zh-Hans ; gba:issuedBy :szgov .
            :fengjie a foaf:Person ; rdfs:label "峰介"@zh-Hans .
            :hk a gba:Region ; rdfs:label "香港"@zh-Hans ; gba:mentionedIn :article .
            :mo a gba:Region ; rdfs:label "澳门特区"@zh-Hans ; gba:mentionedIn :article .
            """;

    private static Scorecard score(Gold gold) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(GRAPH, Lang.TURTLE).parse(graph);
        Set<Node> mentioned = Set.of(node("qin"), node("fengjie"), node("szgov"));
        return new GoldScorer(graph, mentioned).score(gold);
    }

    private static Node node(String local) {
        return NodeFactory.createURI("https://w3id.org/gbakg/id/" + local);
    }

    private static Gold gold(List<Gold.Person> persons, List<String> bodies, List<Gold.Quantity> quantities,
                             List<Gold.Relation> relations, List<String> notPersons) {
        return new Gold("t", persons, bodies, List.of(List.of("橫琴粵澳深度合作區", "橫琴")), List.of("橫琴"), List.of(),
                List.of("某規劃"), quantities, relations, notPersons);
    }

    @Test
    void matchesTraditionalGoldAgainstSimplifiedLabels() {
        Scorecard card = score(gold(List.of(new Gold.Person("覃偉中", List.of(new Gold.Post("市長", "深圳市人民政府")))),
                List.of("深圳市政府"), List.of(), List.of(), List.of()));
        assertThat(card.found("persons")).isEqualTo(1);
        assertThat(card.found("posts")).isEqualTo(1);
        assertThat(card.found("bodies")).isEqualTo(1);
        assertThat(card.found("aliases")).isEqualTo(1);
        assertThat(card.found("platforms")).isEqualTo(1);
        assertThat(card.found("documents")).isEqualTo(1);
    }

    @Test
    void missesAPostWithAnotherTitleOrBody() {
        Scorecard card = score(gold(List.of(new Gold.Person("覃偉中",
                        List.of(new Gold.Post("副市長", "深圳市人民政府"), new Gold.Post("市長", "廣州市人民政府")))),
                List.of(), List.of(), List.of(), List.of()));
        assertThat(card.found("posts")).isZero();
        assertThat(card.total("posts")).isEqualTo(2);
    }

    @Test
    void findsAQuantityWithinHalfAPercentInTheStatedOrConvertedUnit() {
        Scorecard card = score(gold(List.of(), List.of(), List.of(
                new Gold.Quantity("橫琴", 106.4, "km2", null, "=", ""),
                new Gold.Quantity("橫琴", 106, "km2", null, "=", ""),
                new Gold.Quantity("橫琴", 108, "km2", null, "=", "")), List.of(), List.of()));
        assertThat(card.found("quantities")).isEqualTo(2);
        assertThat(card.missed("quantities")).singleElement().asString().startsWith("橫琴 108.0");
    }

    @Test
    void findsRelationsButNotThroughTheArticleOrProvenance() {
        Scorecard card = score(gold(List.of(), List.of(), List.of(), List.of(
                new Gold.Relation("橫琴", "serves", "澳門", ""),
                new Gold.Relation("某規劃", "issuedBy", "深圳市人民政府", ""),
                new Gold.Relation("香港", "partOf", "澳門特區", ""),
                new Gold.Relation("橫琴", "partOf", "深圳市人民政府", "")), List.of()));
        assertThat(card.found("relations")).isEqualTo(2);
        assertThat(card.missed("relations")).containsExactly("香港 partOf 澳門特區", "橫琴 partOf 深圳市人民政府");
    }

    @Test
    void countsInventedAndSpuriousPersons() {
        Scorecard card = score(gold(List.of(new Gold.Person("覃偉中", List.of())), List.of(), List.of(), List.of(),
                List.of("峰介", "明入")));
        assertThat(card.inventedPersons()).containsExactly("峰介");
        assertThat(card.personPrecision()).isEqualTo(0.5);
    }
}
