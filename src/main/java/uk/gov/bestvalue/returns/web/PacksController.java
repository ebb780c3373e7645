package uk.gov.bestvalue.returns.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.gov.bestvalue.returns.config.PipelineProperties;

/**
 * The monthly monitoring packs (the programme office's: they are council-wide), listed by month and downloaded by
 * month and format; the file is found under {@code pipeline.folders.reports} from those two words alone.
 */
@Controller
@ConditionalOnWebApplication
class PacksController {

    /** A month with a pack. */
    record Pack(String period, boolean html, boolean workbook) {
    }

    private final Path reports;

    PacksController(PipelineProperties properties) {
        this.reports = properties.folders().reports();
    }

    @GetMapping("/packs")
    String packs(Model model) throws IOException {
        model.addAttribute("packs", packs());
        return "packs";
    }

    @GetMapping("/packs/{period}/{format}")
    ResponseEntity<FileSystemResource> pack(@PathVariable String period, @PathVariable String format)
            throws IOException {
        if (!period.matches("\\d{4}-(0[1-9]|1[0-2])") || !(format.equals("html") || format.equals("xlsx"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A pack is asked for by month and format.");
        }
        Path file = reports.resolve(period).resolve("monitoring-pack." + format);
        if (!Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no pack for " + period + ".");
        }
        boolean html = format.equals("html");
        return ResponseEntity.ok()
                .contentType(html ? MediaType.TEXT_HTML : MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, (html ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename("monitoring-pack-" + period + "." + format).build().toString())
                .body(new FileSystemResource(file));
    }

    private List<Pack> packs() throws IOException {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> months = Files.list(reports)) {
            return months.filter(Files::isDirectory)
                    .map(m -> m.getFileName().toString()).filter(m -> m.matches("\\d{4}-(0[1-9]|1[0-2])"))
                    .map(m -> new Pack(m, Files.isRegularFile(reports.resolve(m).resolve("monitoring-pack.html")),
                            Files.isRegularFile(reports.resolve(m).resolve("monitoring-pack.xlsx"))))
                    .filter(p -> p.html() || p.workbook())
                    .sorted((a, b) -> b.period().compareTo(a.period()))
                    .toList();
        }
    }
}
