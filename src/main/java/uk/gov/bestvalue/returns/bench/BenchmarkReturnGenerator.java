package uk.gov.bestvalue.returns.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/** Writes a procurement contracts return of any size with POI SXSSF, for the benchmark. */
public final class BenchmarkReturnGenerator {

    /** The sheet holding the contracts. */
    public static final String CONTRACTS = "Contracts";

    private final ReturnSpec spec;
    private final ContractRowValues values;

    public BenchmarkReturnGenerator(ReturnSpec spec) {
        this.spec = spec;
        this.values = new ContractRowValues(spec.fields());
    }

    /** The row values the file holds, for loading the same rows by other means. */
    public ContractRowValues values() {
        return values;
    }

    /** Writes {@code rows} contracts, a header and a cover to {@code file}; the cover names who submitted it. */
    public Path generate(Path file, int rows, String submittedBy) throws IOException {
        // shared strings on, as Excel saves them; 100 rows in memory
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true)) {
            writeCover(workbook.createSheet("Cover"), submittedBy);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet(CONTRACTS);
            List<FieldSpec> fields = spec.fields();
            Row header = sheet.createRow(0);
            for (int f = 0; f < fields.size(); f++) {
                header.createCell(f).setCellValue(fields.get(f).aliases().get(0));
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                Object[] cells = values.row(i);
                for (int f = 0; f < cells.length; f++) {
                    Object value = cells[f];
                    if (value instanceof String text) {
                        row.createCell(f).setCellValue(text);
                    } else if (value instanceof Double number) {
                        row.createCell(f).setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        var cell = row.createCell(f);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    }
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return file;
    }

    private static void writeCover(Sheet cover, String submittedBy) {
        String[][] lines = {{"Return", "Procurement contracts return"}, {"Directorate", "Resources"},
                {"Period", "2016-01"}, {"Submitted by", submittedBy}, {"Contact email", "finance.resources@council.example.gov.uk"}};
        for (int i = 0; i < lines.length; i++) {
            Row row = cover.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.createCell(1).setCellValue(lines[i][1]);
        }
    }
}
