package vn.donghanh.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every console list as an {@code .xlsx} download: a bold header row of the page's own words
 * (Vietnamese first), frozen, and typed cells — a {@link LocalDate} is a real date cell shown
 * {@code dd/mm/yyyy} (so Excel sorts and filters it as a date), a {@link LocalDateTime} a date and
 * time, a {@link Number} a number, anything else text. Written with POI's streaming workbook, which
 * keeps only a window of rows in memory, so a list of many thousand cases does not fill the heap.
 */
public final class ConsoleSheet {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;

    private ConsoleSheet() {}

    /** The workbook's bytes: one sheet named {@code sheetName}, {@code headers} then {@code rows}. */
    public static byte[] write(String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = book.createSheet(safeSheetName(sheetName));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Row top = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = top.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(date);
                    } else if (v instanceof LocalDateTime t) {
                        c.setCellValue(t);
                        c.setCellStyle(dateTime);
                    } else if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download named {@code fileName} (Vietnamese letters kept, RFC 6266), never cached. */
    public static MutableHttpResponse<byte[]> download(String fileName, byte[] bytes) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(bytes)
                .contentType(XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "no-store");
    }

    /** Excel refuses sheet names over 31 characters or with {@code : \ / ? * [ ]}. */
    static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
