package uk.gov.bestvalue.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The live page over HTTP, as {@code serve} shows it after the sample month: sign-in first, a lead kept to their
 * directorate (403 on another's batch and workbook), CSRF on every form, uploads refused when too large or not a
 * spreadsheet, and no file reached by a path-like id.
 */
class LivePageIntegrationTests extends LivePageTest {

    @Test
    void everyPageWantsASignInFirst() throws Exception {
        // given someone who has not signed in
        PageClient anonymous = new PageClient(base());
        long batch = batchWithFindingsOf("adults");

        // when they ask for each page, then each sends them to the sign-in form
        for (String path : List.of("/", "/grid", "/batches/" + batch, "/batches/" + batch + "/checked-workbook",
                "/packs", "/packs/2016-01/html", "/check")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }

        // and a wrong password is refused, a right one let in
        assertThat(anonymous.signIn(ADULTS_LEAD, "not-the-password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(anonymous.signIn(ADULTS_LEAD, ADULTS_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/grid"));
        assertThat(anonymous.get("/grid").statusCode()).isEqualTo(200);
    }

    @Test
    void aLeadSeesTheirDirectorateOnlyAndGets403OnAnothersBatchAndWorkbook() throws Exception {
        // given the lead of Adults' Services, signed in
        PageClient lead = new PageClient(base());
        lead.signIn(ADULTS_LEAD, ADULTS_PASSWORD);
        long own = batchOf("adults", "procurement-contracts");
        long childrens = batchOf("childrens", "procurement-contracts");
        long unplaced = jdbc.sql("SELECT load_batch_id FROM load_batch WHERE file_name = 'corrupt-procurement-2016-01.xlsx'")
                .query(Long.class).single();

        // when they open the grid, then it is January 2016 with their directorate's row alone
        String grid = lead.get("/grid").body();
        assertThat(grid).contains("Submissions for <span id=\"period\">2016-01</span>", "directorate-adults",
                "/batches/" + own);
        assertThat(grid).doesNotContain("directorate-childrens", "directorate-health", "/batches/" + childrens,
                "corrupt-procurement");

        // and their own batch and its checked workbook are theirs to see: the .xls comes back an .xls
        HttpResponse<String> page = lead.get("/batches/" + own);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("adults-procurement-2016-01.xls", "Michael Okafor", "P5", "P8");
        HttpResponse<byte[]> workbook = lead.getBytes("/batches/" + own + "/checked-workbook");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", "adults-procurement-2016-01-checked.xls"));
        assertThat(Arrays.copyOf(workbook.body(), 4)).containsExactly(0xD0, 0xCF, 0x11, 0xE0);

        // but Children's Services' batch and workbook, a file nobody could place, and the packs are refused
        for (String path : List.of("/batches/" + childrens, "/batches/" + childrens + "/checked-workbook",
                "/batches/" + unplaced, "/packs", "/packs/2016-01/html")) {
            HttpResponse<String> refused = lead.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).doesNotContain("childrens-procurement", "PK");
        }
    }

    @Test
    void theProgrammeOfficeSeesEveryDirectorateTheUnplacedFilesAndThePacks() throws Exception {
        // given the programme office, signed in
        PageClient office = new PageClient(base());
        office.signIn(OFFICE, OFFICE_PASSWORD);
        long childrens = batchOf("childrens", "procurement-contracts");

        // when it opens the grid, a batch of any directorate and the packs
        String grid = office.get("/grid?period=2016-01").body();
        String batch = office.get("/batches/" + childrens).body();
        String packs = office.get("/packs").body();
        HttpResponse<String> pack = office.get("/packs/2016-01/html");

        // then it sees every directorate that owed or sent a return, the files nobody placed, and the month's pack
        assertThat(grid).contains("directorate-adults", "directorate-childrens", "directorate-health",
                "directorate-place", "directorate-resources", "corrupt-procurement-2016-01.xlsx",
                "staff-survey-2016-01.xlsx", "loaded with findings (", "rejected");
        assertThat(batch).contains("childrens-procurement-2016-01.xlsx", "Joanne Smith", "P1", "Download the checked workbook");
        assertThat(packs).contains("/packs/2016-01/html", "/packs/2016-01/xlsx");
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.body()).isEqualTo(Files.readString(properties.folders().reports().resolve("2016-01")
                .resolve("monitoring-pack.html")));
    }

    @Test
    void aCheckedWorkbookNoLongerKeptIsMadeAgainFromTheArchivedFile() throws Exception {
        // given a batch whose checked copy, made for its owners' email, has since been deleted
        long childrens = batchOf("childrens", "procurement-contracts");
        Path kept = properties.folders().checked().resolve("2016-01").resolve(String.valueOf(childrens));
        org.springframework.util.FileSystemUtils.deleteRecursively(kept);
        PageClient office = new PageClient(base());
        office.signIn(OFFICE, OFFICE_PASSWORD);

        // when the programme office downloads it
        HttpResponse<byte[]> workbook = office.getBytes("/batches/" + childrens + "/checked-workbook");

        // then it is written again from the archived file, and sent: an .xlsx (a zip)
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(workbook.body(), 2), java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        assertThat(kept.resolve("childrens-procurement-2016-01-checked.xlsx")).isRegularFile()
                .hasSize(workbook.body().length);
    }

    @Test
    void anUploadWithoutItsCsrfTokenIsRefusedAndOneWithItIsCheckedLoadedNowhereAndDeleted() throws Exception {
        // given a signed-in lead and a return of theirs
        PageClient lead = new PageClient(base());
        lead.signIn(ADULTS_LEAD, ADULTS_PASSWORD);
        byte[] file = Files.readAllBytes(Path.of("input-samples/adults-procurement-2016-01.xls"));
        int batchesBefore = loadBatches();

        // when it is posted without the form's CSRF token, then it is refused
        assertThat(lead.upload("/check", "adults-procurement-2016-01.xls", file, null).statusCode()).isEqualTo(403);

        // when it is posted with it, then the page says what check says
        HttpResponse<String> checked = lead.upload("/check", "adults-procurement-2016-01.xls", file,
                lead.csrfOf("/check"));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("Would be accepted", "procurement-contracts", "adults", "2016-01",
                "Findings by rule", "P5", "P6", "P7", "P8");

        // and nothing was loaded, and the upload is gone
        assertThat(loadBatches()).isEqualTo(batchesBefore);
        try (var left = Files.list(UPLOADS)) {
            assertThat(left).isEmpty();
        }
        // and signing out is a form with its token too
        assertThat(lead.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void anUploadTooLargeOrNotASpreadsheetIsRefusedInPlainWords() throws Exception {
        // given a signed-in lead
        PageClient lead = new PageClient(base());
        lead.signIn(ADULTS_LEAD, ADULTS_PASSWORD);
        int batchesBefore = loadBatches();

        // when they upload a file over the limit (1 MB here), then it is refused unread, saying why
        HttpResponse<String> large = lead.upload("/check", "big.xlsx", new byte[2 * 1024 * 1024], lead.csrfOf("/check"));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("larger than 1 MB");

        // when they upload a file that is no spreadsheet, then it is refused by its type
        HttpResponse<String> text = lead.upload("/check", "notes.txt", "hello".getBytes(), lead.csrfOf("/check"));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).contains("Only .xlsx, .xls and .csv files can be checked");

        // and nothing was loaded or kept
        assertThat(loadBatches()).isEqualTo(batchesBefore);
        try (var left = Files.list(UPLOADS)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aLeadsDashboardsAreTheirDirectoratesAndEachFigureLeadsToTheRowsBehindIt() throws Exception {
        // given the lead of Adults' Services, signed in
        PageClient lead = new PageClient(base());
        lead.signIn(ADULTS_LEAD, ADULTS_PASSWORD);

        // when they open the dashboards, then they are their directorate's, for January 2016
        String page = lead.get("/dashboards").body();
        assertThat(page).contains("<span id=\"dashboard-period\">2016-01</span>",
                "<strong id=\"scope\">Adults&#39; Services</strong>", "Contracts expiring in the next 24 months",
                "Collaboration candidates", "Possible split procurements", "Waivers by directorate and quarter");
        assertThat(page).doesNotContain("directorate-picker");

        // and another directorate's are refused
        assertThat(lead.get("/dashboards?directorate=childrens").statusCode()).isEqualTo(403);

        // when they follow the month's spend by directorate, then they read the ledger lines it sums
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("href=\"(/dashboards/rows\\?period=2016-01&amp;directorate=&amp;figure=month-directorate&amp;key=adults)\"")
                .matcher(page);
        assertThat(link.find()).as(page).isTrue();
        HttpResponse<String> rows = lead.get(link.group(1).replace("&amp;", "&"));
        assertThat(rows.statusCode()).isEqualTo(200);
        assertThat(rows.body()).contains("finance-spend-2016-01.csv", "amount");
        assertThat(lead.get("/dashboards/rows?period=2016-01&figure=month-directorate&key=childrens").statusCode())
                .isEqualTo(404);
    }

    @Test
    void pathLikeIdsNeverReachAFile() throws Exception {
        // given the programme office, which may see every batch and pack
        PageClient office = new PageClient(base());
        office.signIn(OFFICE, OFFICE_PASSWORD);

        // when it asks for batches and packs by something other than a number and a month
        for (String path : List.of("/batches/..%2F..%2Fpom.xml", "/batches/..%2F..%2Fpom.xml/checked-workbook",
                "/batches/1%2F..%2F..%2Fpom.xml/checked-workbook", "/batches/pom.xml/checked-workbook",
                "/batches/%2E%2E/checked-workbook", "/packs/..%2F..%2Fpom.xml/html", "/packs/2016-01/..%2Fpom.xml",
                "/packs/2016-01/pom.xml", "/packs/..%2F2016-01/html", "/packs/2016-01%2F..%2F..%2Fpom.xml/html",
                "/batches/999999999/checked-workbook")) {
            HttpResponse<String> response = office.get(path);

            // then it is refused, and no file is sent
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("<modelVersion>", "<artifactId>");
        }
    }
}
