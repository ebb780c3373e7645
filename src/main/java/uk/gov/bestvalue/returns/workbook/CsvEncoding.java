package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV file's character set: its byte order mark's, else UTF-8 if every byte fits, else Windows-1252. */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static CsvEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            int b0 = head.length > 0 ? head[0] & 0xFF : -1;
            int b1 = head.length > 1 ? head[1] & 0xFF : -1;
            if (b0 == 0xEF && b1 == 0xBB && head.length > 2 && (head[2] & 0xFF) == 0xBF) {
                return new CsvEncoding(StandardCharsets.UTF_8, 3);
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
            }
            Utf8Validator validator = new Utf8Validator();
            boolean valid = validator.accept(head, head.length);
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); valid && n >= 0; n = in.read(buffer)) {
                valid = validator.accept(buffer, n);
            }
            return new CsvEncoding(valid && validator.complete() ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        }
    }

    /** A streaming UTF-8 checker that rejects overlong forms, surrogates and code points beyond U+10FFFF. */
    static final class Utf8Validator {

        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        boolean accept(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                if (pending == 0) {
                    if (b < 0x80) {
                        continue;
                    }
                    if (!lead(b)) {
                        return false;
                    }
                } else {
                    if (b < low || b > high) {
                        return false;
                    }
                    low = 0x80;
                    high = 0xBF;
                    pending--;
                }
            }
            return true;
        }

        boolean complete() {
            return pending == 0;
        }

        private boolean lead(int b) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            return true;
        }
    }
}
