package org.gbakg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query of {@code queries/} over a small graph in the contract's shapes. The same
 * expectations on the seed article's graph are in {@code SeedQueriesTest.java.pending}.
 */
class NamedQueriesTest {
    static final QueryLibrary LIBRARY = new QueryLibrary(Path.of("queries"));
    static DatasetGraph graph;

    @BeforeAll
    static void load() {
        graph = ContractGraph.load("contract-fixture.trig");
    }

    static List<String> rows(String name, String... vars) {
        return ContractGraph.rows(graph, LIBRARY.resolve(name), vars);
    }

    @Test
    void everyQueryHasAnEnglishAndAChineseTitleAndDescription() {
        List<NamedQuery> all = LIBRARY.all();
        assertTrue(all.size() >= 12, "only " + all.size() + " queries");
        for (NamedQuery q : all) {
            assertTrue(q.title().isPresent() && q.titleZh().isPresent(), q.name() + " lacks a title");
            assertTrue(q.description().isPresent() && q.descriptionZh().isPresent(), q.name() + " lacks a description");
            QueryRunner.parse(q);
        }
    }

    @Test
    void postsHeld() {
        assertEquals(List.of(
                        "覃偉中 | 市委副書記 | 中共深圳市委",
                        "覃偉中 | 市長 | 深圳市人民政府",
                        "郭蘭峰 | 黨組成員 | 國家發展和改革委員會",
                        "陳國基 | 政務司司長 | 香港特別行政區政府"),
                rows("posts-held", "personLabel", "roleLabel", "bodyLabel"));
    }

    @Test
    void ledByTheCentralLeadingGroup() {
        assertEquals(List.of("park/shenzhen-park | 深圳園區 | https://w3id.org/gbakg/ontology#Park"),
                rows("led-by-central-leading-group", "thing", "thingLabel", "type"));
    }

    @Test
    void leadingGroupOffice() {
        assertEquals(List.of("中央區域協調發展領導小組 | 中央區域協調發展領導小組辦公室 | 國家發展和改革委員會"),
                rows("leading-group-office", "groupLabel", "officeLabel", "hostLabel"));
    }

    @Test
    void mergedLeadingGroups() {
        assertEquals(List.of(
                        "中央區域協調發展領導小組 | 京津冀協同發展領導小組",
                        "中央區域協調發展領導小組 | 粵港澳大灣區建設領導小組"),
                rows("merged-leading-groups", "resultLabel", "originalLabel"));
    }

    @Test
    void cooperationPlatforms() {
        assertEquals(List.of(
                        "前海深港現代服務業合作區 | 120 KiloM2 | 1.2E8 | - | -",
                        "南沙 | - | - | - | -",
                        "橫琴粵澳深度合作區 | 106 KiloM2 | 1.06E8 | 澳門 | -",
                        "河套深港科技創新合作區 | - | - | - | 數字經濟、生物醫藥"),
                rows("cooperation-platforms", "platformLabel", "area", "squareMetres", "serves", "focus")
                        .stream().map(NamedQueriesTest::sortFocus).toList());
    }

    /** GROUP_CONCAT gives no order: sort the focus areas of a row. */
    private static String sortFocus(String row) {
        int last = row.lastIndexOf(" | ");
        String focus = row.substring(last + 3);
        return row.substring(0, last + 3) + String.join("、", java.util.Arrays.stream(focus.split("、")).sorted().toList());
    }

    @Test
    void targetsFor2025() {
        assertEquals(List.of("深圳園區 | 深港高水平科研合作平台 | >= | 20 | 個"),
                rows("targets-2025", "holderLabel", "targetLabel", "comparator", "value", "unit"));
    }

    @Test
    void pressConferenceParticipants() {
        assertEquals(List.of(
                        "國務院新聞辦公室新聞發布會 | 覃偉中 | true | 中共深圳市委",
                        "國務院新聞辦公室新聞發布會 | 覃偉中 | true | 深圳市人民政府",
                        "國務院新聞辦公室新聞發布會 | 陳國基 | true | 香港特別行政區政府",
                        "國務院新聞辦公室新聞發布會 | 郭蘭峰 | false | 國家發展和改革委員會"),
                rows("press-conference-participants", "eventLabel", "personLabel", "spoke", "bodyLabel"));
    }

    @Test
    void statements() {
        assertEquals(List.of("陳國基 | 國務院新聞辦公室新聞發布會 | 香港特區政府會繼續積極跟深圳合作"),
                rows("statements", "personLabel", "eventLabel", "text"));
    }

    @Test
    void projectsByPark() {
        assertEquals(List.of(
                        "深圳園區 | 河套深港科技創新合作區 | 國際數據專用通道",
                        "香港園區 | 河套深港科技創新合作區 | 港深創科園首三座大樓"),
                rows("projects-by-park", "parkLabel", "platformLabel", "projectLabel"));
    }

    @Test
    void policyDocuments() {
        assertEquals(List.of("河套深港科技創新合作區深圳園區發展規劃 | 國務院 | -"),
                rows("policy-documents", "title", "issuerLabel", "issued"));
    }

    @Test
    void hksarGovernment() {
        List<String> rows = rows("hksar-government", "aspect", "relation", "otherLabel", "detail");
        assertEquals(List.of(
                        "post | 政務司司長 | 陳國基 | -",
                        "statement | https://w3id.org/gbakg/ontology#statedBy | 陳國基 | 香港特區政府會繼續積極跟深圳合作"),
                rows);
    }

    @Test
    void evidenceForAnEntity() {
        assertEquals(List.of(
                        "post/qin-weizhong-mayor | http://www.w3.org/ns/org#Post | 31 | 40 | 深圳市委副書記、市長覃偉中5日在北京出席國務院新聞辦發布會時透露 | 香港文匯報 | 2023-09-06"),
                rows("evidence-for-entity", "fact", "factType", "start", "end", "sentence", "publisher", "date"));
    }

    @Test
    void sourceArticles() {
        assertEquals(List.of("article/fixture | 中央區域協調發展領導小組領導統籌深圳園區重大事項 | 3"),
                rows("source-articles", "article", "title", "evidenceCount"));
    }

    @Test
    void findEntityByAnAlias() {
        assertEquals(List.of(
                        "body/ndrc | 國家發展和改革委員會 | http://www.w3.org/ns/org#Organization",
                        "body/ndrc | 國家發展和改革委員會 | https://w3id.org/gbakg/ontology#GovernmentBody"),
                rows("find-entity", "entity", "label", "type"));
    }
}
