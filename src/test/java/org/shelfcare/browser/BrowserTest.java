package org.shelfcare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shelfcare.support.BrowserSupport;
import org.shelfcare.support.Fixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Drives the real application in headless Chromium. Every page visited is checked with axe-core
 * (WCAG 2.0 A and AA, 2.1 AA, 2.2 AA: no serious or critical issue) and must log no console
 * error; a Content-Security-Policy violation is one.
 */
@EnabledIf("org.shelfcare.support.BrowserSupport#chromiumInstalled")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@Tag("browser")
abstract class BrowserTest {

    static WebDriver driver;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserSupport.CHROMIUM);
        options.addArguments(BrowserSupport.FLAGS);
        options.addArguments("--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(BrowserSupport.CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks it. */
    void visit(String path) {
        driver.get(url(path));
        checkPage();
    }

    /** The page now shown passes axe and logged no console error. */
    void checkPage() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe).toList();
        assertThat(serious).as("accessibility issues on %s", driver.getCurrentUrl()).isEmpty();
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("console errors on %s", driver.getCurrentUrl()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    void type(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    void submit(String formSelector) {
        driver.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void signIn(String login, String password) {
        visit("/login");
        type("username", login);
        type("password", password);
        submit("main form[action='/login']");
        checkPage();
    }
}
