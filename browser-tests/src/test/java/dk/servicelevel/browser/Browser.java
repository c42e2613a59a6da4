package dk.servicelevel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven by its chromedriver (both installed by {@code ./platform test} where missing),
 * with a download folder, screenshots of the pages for the documentation and an accessibility audit of each page.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The success criteria of WCAG 2.1 at levels A and AA, as axe-core tags its rules. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The elements reaching past the window's right edge while none of their children do. */
    private static final String WIDEST_ELEMENTS = """
            const beyond = e => e.getBoundingClientRect().right > window.innerWidth;
            return [...document.querySelectorAll('body *')].filter(e => beyond(e) && ![...e.children].some(beyond))
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
            """;

    private final ChromeDriver driver;
    private final Path downloads;
    private final Reader reader;

    Browser(Reader reader, Path downloads) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Chromium and chromedriver are needed: apt-get install chromium chromium-driver (./platform test does)");
        }
        this.downloads = downloads;
        this.reader = reader;
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=" + reader.language());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true, "intl.accept_languages", reader.language()));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(reader.screen());
    }

    Browser open(String url) {
        driver.get(url);
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(by));
    }

    /** Opens the page again until it shows the element: for what the page learns of in the background. */
    WebElement reloadUntil(By by, Duration timeout) {
        return reloadUntil(by, element -> true, timeout);
    }

    /** Opens the page again until the element is there and as expected: for what the page learns of in the background. */
    WebElement reloadUntil(By by, Predicate<WebElement> expected, Duration timeout) {
        String url = driver.getCurrentUrl();
        return new WebDriverWait(driver, timeout, Duration.ofSeconds(1)).until(d -> {
            d.get(url);
            return d.findElements(by).stream().filter(expected).findFirst().orElse(null);
        });
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    Browser type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Sets a field's value as the browser's own picker would (a date and time, say), whatever the picker's locale. */
    Browser set(By field, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(field), value);
        return this;
    }

    Browser choose(By select, String visibleText) {
        new Select(find(select)).selectByVisibleText(visibleText);
        return this;
    }

    Browser chooseValue(By select, String value) {
        new Select(find(select)).selectByValue(value);
        return this;
    }

    Browser click(By by) {
        find(by).click();
        return this;
    }

    /** Clicks what leads to another page (a link, a form's button) and waits until that page is there. */
    Browser follow(By by) {
        return leaveWith(() -> find(by).click());
    }

    /** Presses keys on whatever has the focus. */
    Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses keys that lead to another page (Enter in a form) and waits until that page is there. */
    Browser pressToFollow(CharSequence... keys) {
        return leaveWith(() -> press(keys));
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private Browser leaveWith(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isGone(page));
        return this;
    }

    /** Whether the element's page has been replaced; Chromium tells so either way. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** A screenshot of the page, kept under target/screenshots for docs/screenshots. */
    private Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Takes the page's screenshot as the reader sees it and fails naming what keeps the page from being accessible:
     * each rule of WCAG 2.1 A and AA that axe-core finds broken (contrast, labels, names, landmarks, language) with the
     * elements breaking it, and sideways scrolling.
     */
    void inspect(String page) throws IOException {
        screenshot(reader.screenshotOf(page));
        List<String> problems = new ArrayList<>(new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations().stream()
                .map(Browser::described).toList());
        long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        if (overflow > 0) {
            problems.add("on a screen " + reader.screen().getWidth() + " px wide the page scrolls sideways by " + overflow
                    + " px, made wider by " + driver.executeScript(WIDEST_ELEMENTS));
        }
        assertThat(problems).as("what keeps the page %s from being accessible to %s", page, reader).isEmpty();
    }

    private static String described(Rule rule) {
        return rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** Waits for a download whose name ends so to finish, and answers it. */
    Path downloaded(String suffix, Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No *" + suffix + " was downloaded within " + timeout);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
