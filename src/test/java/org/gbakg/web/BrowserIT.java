package org.gbakg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page and an entity page in a real headless Chromium (Debian's chromium and
 * chromium-driver, which CI installs). Without them this test fails: it never skips. Screenshots
 * go to {@code target/screenshots/}.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static TestServer server;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get update && apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        Files.createDirectories(SCREENSHOTS);
        server = TestServer.withFixture();
        profile = Files.createTempDirectory("gba-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1100", "--lang=zh-TW");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the driver is given explicitly, so Selenium Manager has nothing to look up or download
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

    @Test
    void theExplorerLoadsAndDrawsTheGraph() throws Exception {
        browser.get(server.url("/"));
        long nodes = waitForNodes();
        long edges = (Long) js("return window.gbaGraph.edges().length;");
        assertTrue(nodes > 10 && edges > 10, nodes + " nodes, " + edges + " edges");
        assertEquals(apiNodeCount(), nodes, "every entity the API gives is drawn");
        assertTrue((Boolean) js("return document.querySelector('#cy canvas') !== null;"), "Cytoscape draws on a canvas");
        assertFalse(browser.findElements(By.cssSelector("#legend li")).isEmpty(), "a legend of classes");
        assertTrue(browser.findElement(By.id("graph-status")).getText().startsWith(nodes + " entities"));
        screenshot("explorer");
    }

    @Test
    void theGraphCanBeLabelledInEnglish() {
        browser.get(server.url("/"));
        waitForNodes();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("graph-lang"))).selectByValue("en");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "Qin Weizhong".equals(js(
                "var n = window.gbaGraph.getElementById('" + Fixture.QIN + "'); return n.nonempty() ? n.data('label') : null;")));
    }

    @Test
    void searchingInSimplifiedFindsTheTraditionalName() throws Exception {
        browser.get(server.url("/"));
        waitForNodes();
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys("覃伟中");
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement first = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#search-results .hit-name")).stream().findFirst().orElse(null));
        assertEquals("覃偉中", first.getText());
        assertEquals(server.url("/id/person/qin-weizhong"), first.getAttribute("href"));
        browser.findElement(By.cssSelector("#search-results .hit button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> (Boolean) js(
                "return window.gbaGraph.getElementById('" + Fixture.QIN + "').selected();"));
        assertEquals("覃偉中", browser.findElement(By.id("node-label")).getText());
        screenshot("search");
    }

    @Test
    void searchingForMarkupShowsItAsText() throws Exception {
        browser.get(server.url("/"));
        waitForNodes();
        browser.findElement(By.id("search-input")).sendKeys("script");
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement first = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#search-results .hit-name")).stream().findFirst().orElse(null));
        assertEquals("<script>alert(1)</script>\"引號\"'單'&amp;", first.getText());
        assertEquals(0L, js("return document.querySelectorAll('#search-results script, #search-results img').length;"));
    }

    @Test
    void clickingANodeOpensItsPanelAndExpandsItsNeighbours() throws Exception {
        browser.get(server.url("/"));
        waitForNodes();
        js("window.gbaGraph.elements().remove();");
        js("document.getElementById('graph-clear').click();");
        browser.findElement(By.id("search-input")).sendKeys("Hengqin");
        browser.findElement(By.cssSelector("#search-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#search-results .hit button")).isEmpty());
        browser.findElement(By.cssSelector("#search-results .hit button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> (Long) js("return window.gbaGraph.nodes().length;") >= 2);
        // wait for the zoom onto the selected node to end, then forget the selection and click the node itself
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) js("return !window.gbaGraph.animated();"));
        js("window.gbaGraph.elements().unselect(); document.getElementById('node-panel').hidden = true;");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> pos = (java.util.Map<String, Object>) js(
                "var p = window.gbaGraph.getElementById('" + Fixture.HENGQIN + "').renderedPosition(); return {x: p.x, y: p.y};");
        WebElement cy = browser.findElement(By.id("cy"));
        int x = ((Number) pos.get("x")).intValue() - cy.getSize().getWidth() / 2;
        int y = ((Number) pos.get("y")).intValue() - cy.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(cy, x, y).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("node-panel")).isDisplayed());
        assertEquals("橫琴粵澳深度合作區", browser.findElement(By.id("node-label")).getText());
        assertEquals(server.url("/id/platform/hengqin"), browser.findElement(By.id("node-open")).getAttribute("href"));
        long before = (Long) js("return window.gbaGraph.nodes().length;");
        browser.findElement(By.id("node-expand")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Long) js("return window.gbaGraph.nodes().length;") >= before);
        screenshot("node-panel");
    }

    @Test
    void anEntityPageShowsItsEvidence() throws Exception {
        browser.get(server.url("/id/person/qin-weizhong"));
        assertEquals("覃偉中", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> quotes = browser.findElements(By.cssSelector("figure.evidence blockquote"));
        assertTrue(quotes.stream().anyMatch(q -> q.getText().equals("深圳市委副書記、市長覃偉中5日在北京出席國務院新聞辦發布會時透露。")),
                "the sentence that states the post");
        assertTrue(browser.findElement(By.cssSelector("figure.evidence figcaption")).getText().contains("香港文匯報"));
        screenshot("entity-page");
        browser.findElement(By.cssSelector("a.sparql")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#sparql-results tbody tr")).isEmpty());
        assertTrue(browser.findElement(By.id("sparql-query")).getAttribute("value").contains("<" + Fixture.QIN + ">"));
        screenshot("sparql-about-entity");
    }

    @Test
    void thePageOfAPersonWithMarkupInItsNameShowsTheMarkupAsText() throws Exception {
        browser.get(server.url("/id/person/mischief"));
        assertEquals("<script>alert(1)</script>\"引號\"'單'&amp;", browser.findElement(By.tagName("h1")).getText());
        assertEquals(0L, js("return document.scripts.length;"));
        screenshot("entity-page-markup");
    }

    @Test
    void aNamedQueryRunsIntoATable() throws Exception {
        browser.get(server.url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#query-list button")).isEmpty());
        browser.findElement(By.cssSelector("#query-list button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#query-results tbody tr")).isEmpty());
        String table = browser.findElement(By.id("query-results")).getText();
        assertTrue(table.contains("覃偉中") && table.contains("深圳市人民政府市長"), table);
        assertTrue(table.contains("<script>alert(1)</script>"), "markup shown as text");
        js("document.getElementById('queries').scrollIntoView();");
        screenshot("named-query");
    }

    private long waitForNodes() {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Object n = js("return window.gbaGraph ? window.gbaGraph.nodes().length : 0;");
            return ((Long) n) > 0 ? (Long) n : null;
        });
    }

    private long apiNodeCount() throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(server.get("/api/graph", null).body()).at("/elements/nodes").size();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
