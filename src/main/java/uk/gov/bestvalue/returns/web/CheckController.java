package uk.gov.bestvalue.returns.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

import uk.gov.bestvalue.returns.intake.Sha256;
import uk.gov.bestvalue.returns.returntypes.CheckReport;
import uk.gov.bestvalue.returns.returntypes.ReturnChecker;

/**
 * "Check a return": a lead uploads a file and reads what {@code check} says of it. Nothing is loaded: the file is
 * written to a folder of its own only while it is read (the readers need a file), then deleted with the folder.
 */
@Controller
@ConditionalOnWebApplication
class CheckController {

    /** The formats the pipeline reads; anything else is refused before it is written anywhere. */
    static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "csv");
    /** The findings listed one by one on the page; the summary counts them all. */
    static final int LISTED = 500;

    private final ReturnChecker checker;
    private final WebSettings settings;

    CheckController(ReturnChecker checker, WebSettings settings) {
        this.checker = checker;
        this.settings = settings;
    }

    @GetMapping("/check")
    String form(Model model) {
        model.addAttribute("maxMegabytes", megabytes(settings.maxUploadBytes()));
        return "check";
    }

    @PostMapping("/check")
    String check(@RequestParam("file") MultipartFile upload, Model model, HttpServletResponse response)
            throws IOException {
        model.addAttribute("maxMegabytes", megabytes(settings.maxUploadBytes()));
        String name = safeName(upload.getOriginalFilename());
        String refusal = refusal(upload, name);
        if (refusal != null) {
            response.setStatus(upload.getSize() > settings.maxUploadBytes() ? HttpStatus.PAYLOAD_TOO_LARGE.value()
                    : HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            model.addAttribute("refusal", refusal);
            return "check";
        }
        Files.createDirectories(settings.uploadFolder());
        Path folder = Files.createTempDirectory(settings.uploadFolder(), "returns-check-");
        try {
            // the file keeps its name: a directorate or month written only there is how the pipeline places it
            Path file = folder.resolve(name);
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file);
            }
            CheckReport report = checker.check(file, Sha256.of(file));
            model.addAttribute("report", report);
            model.addAttribute("listed", report.findings().stream().limit(LISTED).toList());
            model.addAttribute("errors", report.findings().stream().filter(f -> f.severity().equals("error")).count());
            return "check";
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /** Spring's own limit, should a request with no declared length get past {@link UploadSizeLimit}. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLargeUpload(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        model.addAttribute("maxMegabytes", megabytes(settings.maxUploadBytes()));
        model.addAttribute("refusal", tooLarge(settings.maxUploadBytes()));
        return "check";
    }

    private String refusal(MultipartFile upload, String name) {
        if (upload.isEmpty()) {
            return "No file was chosen, or the file is empty.";
        }
        if (upload.getSize() > settings.maxUploadBytes()) {
            return tooLarge(settings.maxUploadBytes());
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!EXTENSIONS.contains(extension)) {
            return "Only .xlsx, .xls and .csv files can be checked; " + name + " is not one.";
        }
        return null;
    }

    static String tooLarge(long maxBytes) {
        return "The file is larger than " + megabytes(maxBytes) + " MB, the most that can be checked here. "
                + "Drop it in the inbox instead, or check it with `returns-pipeline check`.";
    }

    /**
     * The file's own name without any folder a browser sent with it, kept to characters every file system takes
     * (never "..", never a separator), so it can name the one file in the upload's own folder and nothing else.
     */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9 ._()&'+,-]", "_");
        name = name.replaceAll("^[.\\s]+", "");
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, 120 - extension.length()) + extension;
        }
        return name.isBlank() ? "upload" : name;
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
