package uk.gov.bestvalue.returns.bench;

import java.io.File;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Other readers doing the same work, every cell to a Java value: POI's usermodel and fastexcel-reader. */
public final class PeerReaders {

    /** Keeps the values read alive, so the reading cannot be optimised away. */
    static volatile Object blackhole;

    private PeerReaders() {
    }

    /** The whole workbook in memory, as most code reads xlsx; returns the rows read. */
    public static long poiUsermodel(File file, String sheetName) throws Exception {
        // read-only package: XSSFWorkbook(File) opens it read-write
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            long rows = 0;
            long filled = 0;
            for (Row row : workbook.getSheet(sheetName)) {
                rows++;
                for (Cell cell : row) {
                    Object value = switch (cell.getCellType()) {
                        case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                                : (Object) cell.getNumericCellValue();
                        case STRING -> cell.getStringCellValue();
                        case BOOLEAN -> cell.getBooleanCellValue();
                        default -> null;
                    };
                    filled += value != null ? 1 : 0;
                }
            }
            blackhole = filled; // one volatile write a run, as every stage makes
            return rows;
        } finally {
            pkg.revert();
        }
    }

    /** fastexcel-reader's streaming reader; returns the rows read. */
    public static long fastexcel(File file, String sheetName) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file);
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.findSheet(sheetName).orElseThrow().openStream()) {
            long count = 0;
            long filled = 0;
            for (Iterator<org.dhatim.fastexcel.reader.Row> it = rows.iterator(); it.hasNext(); ) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                count++;
                for (int i = 0; i < row.getCellCount(); i++) {
                    org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
                    filled += cell != null && cell.getValue() != null ? 1 : 0;
                }
            }
            blackhole = filled; // one volatile write a run, as every stage makes
            return count;
        }
    }
}
