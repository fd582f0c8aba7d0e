package org.gbakg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.store.Store;
import org.gbakg.store.StoreBuilder;
import org.gbakg.store.StoreFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named queries over the store built from seeds/ and ontology/: what a policy analyst should
 * get from the seed article. To enable once the extraction and ontology/ have landed: rename to
 * SeedQueriesTest.java, then settle the curated labels (marked "label per ontology/reference")
 * against ontology/reference/*.ttl. Rows are shown as in NamedQueriesTest: labels in zh-Hant,
 * IRIs without https://w3id.org/gbakg/id/, unbound as "-".
 */
class SeedQueriesTest {
    static final QueryLibrary LIBRARY = new QueryLibrary(Path.of("queries"));

    @TempDir
    static Path tmp;
    static Store store;

    @BeforeAll
    static void build() {
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(new OntologyFiles(Path.of("ontology"))).build(List.of(Path.of("seeds")), db);
        store = Store.open(db);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> rows(String name, String... vars) {
        return ContractGraph.rows(store.dataset(), LIBRARY.resolve(name), vars);
    }

    static void assertHasRow(List<String> rows, String expected) {
        assertTrue(rows.contains(expected), () -> "no row '" + expected + "' in " + rows);
    }

    static void assertSomeRowContains(List<String> rows, String... parts) {
        assertTrue(rows.stream().anyMatch(r -> List.of(parts).stream().allMatch(r::contains)),
                () -> "no row with " + List.of(parts) + " in " + rows);
    }

    @Test
    void postsHeld() {
        List<String> rows = rows("posts-held", "personLabel", "roleLabel", "bodyLabel");
        // one post per title: 深圳市委副書記、市長覃偉中 gives two
        assertSomeRowContains(rows, "覃偉中 | 市長 | ", "深圳");
        assertSomeRowContains(rows, "覃偉中 | 副書記 | ", "深圳");
        assertSomeRowContains(rows, "孫志洋 | 副省長 | ", "廣東");
        assertSomeRowContains(rows, "林新 | 黨組成員 | ", "科學技術部");   // label per ontology/reference (科技部)
        assertSomeRowContains(rows, "林新 | 秘書長 | ", "科學技術部");
        assertSomeRowContains(rows, "郭蘭峰 | 黨組成員 | ", "發展", "改革");  // 國家發展改革委
        assertHasRow(rows, "陳國基 | 政務司司長 | 香港特別行政區政府");
    }

    @Test
    void ledByTheCentralLeadingGroup() {
        // 在中央區域協調發展領導小組領導下，統籌推進深圳園區重大事項
        assertSomeRowContains(rows("led-by-central-leading-group", "thingLabel"), "深圳園區");
    }

    @Test
    void leadingGroupOffice() {
        // 領導小組辦公室設在國家發展改革委
        assertSomeRowContains(rows("leading-group-office", "groupLabel", "officeLabel", "hostLabel"),
                "中央區域協調發展領導小組 | ", "辦公室 | ", "發展", "改革");
    }

    @Test
    void mergedLeadingGroups() {
        // 中央決定把這些重大戰略領導小組合併為「中央區域協調發展領導小組」
        List<String> rows = rows("merged-leading-groups", "resultLabel", "originalLabel");
        assertEquals(List.of("中央區域協調發展領導小組 | 重大戰略領導小組"), rows);
    }

    @Test
    void cooperationPlatforms() {
        List<String> rows = rows("cooperation-platforms", "platformLabel", "area", "squareMetres", "serves", "focus");
        assertEquals(4, rows.size(), rows::toString);
        assertSomeRowContains(rows, "橫琴", " | 106 KiloM2 | 1.06E8 | 澳門");
        assertSomeRowContains(rows, "前海", " | 120 KiloM2 | 1.2E8 | ");
        assertSomeRowContains(rows, "南沙");
        // 深港兩個園區一共才3.89平方公里; the Shenzhen park focuses on 新一代信息技術、生物醫藥、通用人工智能和數字經濟
        assertSomeRowContains(rows, "河套", " | 3.89 KiloM2 | ", "新一代信息技術", "生物醫藥", "通用人工智能", "數字經濟");
    }

    @Test
    void targetsFor2025() {
        List<String> rows = rows("targets-2025", "holderLabel", "targetLabel", "comparator", "value", "unit");
        assertEquals(3, rows.size(), rows::toString);
        // 力爭到2025年打造深港高水平科研合作平台20個以上，落地國際性產業與標準組織五個以上; 累計建成科創空間150萬平方米以上
        assertSomeRowContains(rows, "深港高水平科研合作平台 | ", " | >= | 20 | ");
        assertSomeRowContains(rows, "國際性產業與標準組織 | ", " | >= | 5 | ");
        assertSomeRowContains(rows, "科創空間 | ", " | >= | 1500000 | ");
    }

    @Test
    void pressConferenceParticipants() {
        List<String> rows = rows("press-conference-participants", "personLabel", "spoke");
        for (String speaker : List.of("覃偉中", "孫志洋", "林新", "郭蘭峰", "陳國基")) {
            assertHasRow(rows, speaker + " | true");
        }
    }

    @Test
    void statements() {
        List<String> rows = rows("statements", "personLabel", "text");
        for (String speaker : List.of("覃偉中", "孫志洋", "林新", "郭蘭峰", "陳國基")) {
            assertSomeRowContains(rows, speaker + " | ");
        }
        assertSomeRowContains(rows, "陳國基 | ", "香港特區政府會繼續積極跟深圳合作");
        assertSomeRowContains(rows, "郭蘭峰 | ", "量身定做");
    }

    @Test
    void projectsByPark() {
        List<String> rows = rows("projects-by-park", "parkLabel", "projectLabel");
        assertSomeRowContains(rows, "深圳園區 | 深港科創綜合服務中心");
        assertSomeRowContains(rows, "深圳園區 | 深港開放創新中心");
        assertSomeRowContains(rows, "深圳園區 | 香港科學園深圳分園");
    }

    @Test
    void policyDocuments() {
        List<String> rows = rows("policy-documents", "title", "issuerLabel");
        assertSomeRowContains(rows, "河套深港科技創新合作區深圳園區發展規劃 | ", "國務院");
        assertHasRow(rows, "京津冀協同發展2023年重點工作安排 | 中央區域協調發展領導小組辦公室");
    }

    @Test
    void hksarGovernment() {
        List<String> rows = rows("hksar-government", "aspect", "relation", "otherLabel");
        assertHasRow(rows, "post | 政務司司長 | 陳國基");
        assertSomeRowContains(rows, "statement | ", " | 陳國基");
    }

    @Test
    void evidenceForAnEntity() {
        List<String> rows = rows("evidence-for-entity", "sentence", "publisher", "date");
        assertTrue(rows.size() >= 2, rows::toString); // at least the two posts of 覃偉中
        assertTrue(rows.stream().allMatch(r -> r.endsWith(" | 香港文匯報 | 2023-09-06")), rows::toString);
        assertSomeRowContains(rows, "市長覃偉中");
    }

    @Test
    void sourceArticles() {
        List<String> rows = rows("source-articles", "article", "publisher", "date");
        assertEquals(List.of("article/000_3430000063e81d4c | 香港文匯報 | 2023-09-06"), rows);
    }

    @Test
    void findEntityByAnAlias() {
        assertSomeRowContains(rows("find-entity", "entity", "label"), "body/ndrc | ");
    }
}
