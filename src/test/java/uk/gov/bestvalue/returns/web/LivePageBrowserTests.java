package uk.gov.bestvalue.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The live page in a real browser (headless Chromium): a lead signs in, sees the January 2016 grid, opens a batch,
 * downloads its checked workbook, and checks a return; the programme office sees every directorate and the packs.
 * Each page is kept as a screenshot under {@code target/screenshots/}.
 */
class LivePageBrowserTests extends LivePageTest {

    @Test
    void aLeadSignsInSeesTheGridOpensABatchDownloadsItsCheckedWorkbookAndChecksAReturn() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            ChromeDriver browser = chromium.driver;

            // given the sign-in form
            browser.get(base() + "/grid");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
            chromium.screenshot("01-sign-in");

            // when the lead of Adults' Services signs in
            browser.findElement(By.id("username")).sendKeys(ADULTS_LEAD);
            browser.findElement(By.id("password")).sendKeys(ADULTS_PASSWORD);
            browser.findElement(By.id("sign-in")).click();

            // then the grid of January 2016 shows their directorate alone (once the signed-in page has loaded: the
            // click may return before it has)
            assertThat(chromium.await(By.id("period")).getText()).isEqualTo("2016-01");
            List<String> rows = browser.findElements(By.cssSelector("#grid tbody th")).stream()
                    .map(WebElement::getText).toList();
            assertThat(rows).containsExactly("Adults' Services");
            chromium.screenshot("02-grid-of-a-lead");

            // when they open their procurement return, loaded with findings
            browser.findElement(By.cssSelector("#directorate-adults td.loaded-with-findings a")).click();

            // then its page shows the file and its findings grouped by rule, with their sheet, row and column
            assertThat(browser.findElement(By.id("file-name")).getText()).isEqualTo("adults-procurement-2016-01.xls");
            assertThat(browser.findElements(By.cssSelector("section.rule h3")).stream().map(WebElement::getText)
                    .toList()).anySatisfy(h -> assertThat(h).startsWith("P5"));
            assertThat(browser.findElement(By.cssSelector("#rule-P5 table.findings tbody tr")).getText())
                    .contains("Contracts");
            chromium.screenshot("03-load-batch");

            // when they download its checked workbook, then it is their .xls with a Findings sheet first
            browser.findElement(By.id("checked-workbook")).click();
            Path workbook = chromium.downloaded("adults-procurement-2016-01-checked.xls", Duration.ofSeconds(30));
            try (Workbook checked = WorkbookFactory.create(workbook.toFile())) {
                assertThat(checked.getSheetAt(0).getSheetName()).isEqualTo("Findings");
            }

            // when they check a return before sending it
            browser.findElement(By.linkText("Check a return")).click();
            chromium.screenshot("04-check-a-return");
            browser.findElement(By.id("file")).sendKeys(Path.of("input-samples/adults-procurement-2016-01.xls")
                    .toAbsolutePath().toString());
            browser.findElement(By.id("check-it")).click();
            chromium.await(By.id("report"));

            // then they read what check says: accepted, with its findings by rule and each one
            assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Would be accepted");
            assertThat(browser.findElements(By.cssSelector("#summary tbody tr td:first-child")).stream()
                    .map(WebElement::getText).toList()).contains("P5", "P6", "P7", "P8");
            assertThat(browser.findElements(By.cssSelector("#findings tbody tr"))).hasSizeGreaterThan(5);
            chromium.screenshot("05-check-result");
        }
        try (var left = Files.list(UPLOADS)) {
            assertThat(left).as("the upload is deleted once checked").isEmpty();
        }
    }

    @Test
    void theProgrammeOfficeSeesEveryDirectorateAndThePacks() throws Exception {
        try (Chromium chromium = Chromium.start()) {
            ChromeDriver browser = chromium.driver;

            // given the programme office, signed in
            browser.get(base() + "/login");
            browser.findElement(By.id("username")).sendKeys(OFFICE);
            browser.findElement(By.id("password")).sendKeys(OFFICE_PASSWORD);
            browser.findElement(By.id("sign-in")).click();
            chromium.await(By.cssSelector("#grid tbody th")); // the click may return before the grid has loaded

            // then the grid has every directorate that owed or sent a return, and the files nobody placed
            assertThat(browser.findElements(By.cssSelector("#grid tbody th")).stream().map(WebElement::getText)
                    .toList()).contains("Adults' Services", "Children's Services", "Health", "Place", "Resources");
            assertThat(browser.findElement(By.id("unplaced")).getText())
                    .contains("corrupt-procurement-2016-01.xlsx", "staff-survey-2016-01.xlsx");
            chromium.screenshot("06-grid-of-the-programme-office");

            // when it opens the dashboards, then the council's are there with their charts and tables
            browser.findElement(By.linkText("Dashboards")).click();
            assertThat(browser.findElement(By.id("scope")).getText()).isEqualTo("the whole council");
            assertThat(browser.findElements(By.cssSelector("#month-directorate .bar"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#expiring tbody tr a"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#collaboration tbody tr a"))).isNotEmpty();
            chromium.screenshot("09-dashboards");

            // when it follows the first expiring contract, then it reads the contract's row as loaded
            String contract = browser.findElement(By.cssSelector("#expiring tbody tr a")).getText();
            browser.findElement(By.cssSelector("#expiring tbody tr a")).click();
            assertThat(browser.findElement(By.id("row-count")).getText()).isEqualTo("1");
            assertThat(browser.findElement(By.id("rows")).getText()).contains(contract.substring(0, contract.indexOf(':')));
            chromium.screenshot("10-rows-behind-a-figure");

            // when it opens the monitoring packs, then January 2016's is there to read
            browser.findElement(By.linkText("Monitoring packs")).click();
            assertThat(browser.findElement(By.id("packs")).getText()).contains("2016-01");
            chromium.screenshot("07-monitoring-packs");
            browser.findElement(By.linkText("monitoring-pack.html")).click();
            assertThat(browser.getPageSource()).contains("2016-01");
            chromium.screenshot("08-monitoring-pack");
        }
    }
}
