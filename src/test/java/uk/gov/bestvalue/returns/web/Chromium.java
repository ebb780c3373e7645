package uk.gov.bestvalue.returns.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian {@code chromium}, headless, driven through its {@code chromedriver} by Selenium, downloading into a
 * folder of its own and keeping a screenshot of each page under {@code target/screenshots/}. Absent, the test is
 * skipped, unless the environment variable {@code CI} is set: then it fails.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1100;

    final ChromeDriver driver;
    final Path downloads;

    private Chromium(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** The browser, or the test skipped (failed on CI) when chromium or chromedriver is not installed. */
    static Chromium start() throws IOException {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("chromium and chromium-driver are not installed, and CI is set: install them");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        Path downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1400,1100", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1));
        return new Chromium(driver, downloads);
    }

    /** Keeps the whole page, as tall as it is, as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Object height = driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT,
                    Math.min(8000, ((Number) height).intValue() + 40))));
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element, once the page shows it; else the failure says what the page showed instead. */
    WebElement await(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(by));
        } catch (TimeoutException e) {
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
        }
    }

    /** The file the browser downloaded under that name, once it is complete. */
    Path downloaded(String fileName, Duration timeout) throws InterruptedException {
        Path file = downloads.resolve(fileName);
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the browser did not download " + fileName + " within " + timeout + "; it has "
                + String.join(", ", downloads.toFile().list()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
