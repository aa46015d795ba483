package vn.donghanh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared sample list read as an officer's commune keeps it, and the files that are refused in words. */
class SheetReaderTest {

    static byte[] sample() throws Exception {
        try (InputStream in = SheetReaderTest.class.getResourceAsStream("/import/danh-sach-sau-cai-phuong.xlsx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSampleListsTableIsFoundBelowItsTitleBlockWithDatesInEveryShape() throws Exception {
        List<SheetReader.SheetRow> sheet = SheetReader.read("danh-sach.xlsx", sample());
        IntakeService.Table table = IntakeService.table(sheet).orElseThrow();
        assertEquals(7, table.header().number());
        assertEquals(25, table.rows().size(), "25 persons; the total and signature rows are below a blank row");
        assertEquals(2, table.ignoredBelow());
        SheetReader.SheetRow first = table.rows().get(0);
        assertEquals("Hoàng Quốc Bình", first.cell(1));
        assertEquals("1972-09-04", first.cell(2), "a date cell reads as an ISO date");
        assertEquals("075064225127", first.cell(5));
        assertEquals("18/2/1991", table.rows().get(2).cell(2), "a date typed as text stays as typed");
        assertEquals("2003", table.rows().get(7).cell(2));
        var proposed = HeaderMatcher.propose(table.header().cells());
        assertEquals(ImportField.FULL_NAME, proposed.get(1));
        assertEquals(ImportField.DATE_OF_BIRTH, proposed.get(2));
        assertEquals(ImportField.START_DATE, proposed.get(8));
        assertEquals(ImportField.DECISION_NUMBER, proposed.get(9));
    }

    @Test
    void aFileThatIsNoXlsxIsRefusedWithItsReason() throws Exception {
        assertReason(
                SheetReader.Refusal.NOT_XLSX, "list.xlsx", "Họ và tên;Ngày sinh\n".getBytes(StandardCharsets.UTF_8));
        assertReason(SheetReader.Refusal.EMPTY, "list.xlsx", new byte[0]);
        assertReason(SheetReader.Refusal.MACROS, "list.xlsm", sample());
        byte[] broken = java.util.Arrays.copyOf(sample(), 2000);
        assertReason(SheetReader.Refusal.MALFORMED, "list.xlsx", broken);
        assertReason(SheetReader.Refusal.ENCRYPTED, "list.xlsx", encrypted(sample(), "mat-khau"));
    }

    static byte[] encrypted(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
                    OutputStream os = enc.getDataStream(fs)) {
                book.write(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void assertReason(SheetReader.Refusal reason, String name, byte[] bytes) {
        SheetReader.Unreadable e = assertThrows(SheetReader.Unreadable.class, () -> SheetReader.read(name, bytes));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().contains(reason.name()));
    }
}
