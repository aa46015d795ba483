package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A downloaded list reads back in Excel as it was shown: Vietnamese headers, date cells, numbers. */
class ConsoleSheetTest {
    @Test
    void headersDatesAndNumbersReadBackAsTyped() throws Exception {
        byte[] bytes = ConsoleSheet.write(
                "Danh sách: quá hạn/tháng",
                List.of("Họ và tên", "Ngày sinh", "Số ngày quá hạn"),
                List.of(
                        Arrays.asList("Nguyễn Thị Ánh Tuyết", LocalDate.of(1990, 5, 17), 12),
                        Arrays.asList("Lê Văn Ư", null, 3)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Danh sách  quá hạn tháng", sheet.getSheetName());
            assertEquals("Họ và tên", sheet.getRow(0).getCell(0).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals("Nguyễn Thị Ánh Tuyết", first.getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(1)), "a real date cell");
            assertEquals(
                    LocalDate.of(1990, 5, 17),
                    first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", first.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(12.0, first.getCell(2).getNumericCellValue());
            assertEquals(null, sheet.getRow(2).getCell(1), "an empty value is an empty cell");
        }
    }
}
