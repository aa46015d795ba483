package vn.donghanh.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded {@code .xlsx} with POI's streaming (SAX) reader: cells as text,
 * date cells as ISO dates ({@code 2024-03-01}) whatever their display format, whole numbers without
 * Excel's "General" rounding (a national ID typed as a number keeps its 12 digits). Only the sheet's
 * XML is streamed, so a 5,000-row list does not build a workbook in memory. A file that is not an
 * {@code .xlsx} (an old {@code .xls}, a renamed text file), is password-protected, carries macros or
 * is broken is refused with the reason, never an exception the page does not expect.
 */
public final class SheetReader {
    /** More rows than a commune's list ever has: the reader stops there. */
    public static final int MAX_ROWS = 20_000;

    private SheetReader() {}

    /** One non-empty row: its number as Excel shows it (from 1) and its cells' text by column (blank as ""). */
    public record SheetRow(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** Why a file cannot be read: each has its words in the console's catalogue ({@code import.refused.*}). */
    public enum Refusal {
        NOT_XLSX,
        ENCRYPTED,
        MACROS,
        MALFORMED,
        EMPTY,
        TOO_MANY_ROWS
    }

    public static class Unreadable extends Exception {
        private final Refusal reason;

        public Unreadable(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    public static List<SheetRow> read(String fileName, byte[] bytes) throws Unreadable {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlsb")) {
            throw new Unreadable(Refusal.MACROS);
        }
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable(Refusal.EMPTY);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new Unreadable(Refusal.MALFORMED);
        }
        if (magic == FileMagic.OLE2) {
            // An encrypted .xlsx is an OLE2 container holding EncryptionInfo; any other OLE2 file is an old .xls.
            throw new Unreadable(isEncrypted(bytes) ? Refusal.ENCRYPTED : Refusal.NOT_XLSX);
        }
        if (magic != FileMagic.OOXML) {
            throw new Unreadable(Refusal.NOT_XLSX);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            if (hasMacros(pkg)) {
                throw new Unreadable(Refusal.MACROS);
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable(Refusal.EMPTY);
            }
            Collector rows = new Collector();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            } catch (TooMany e) {
                throw new Unreadable(Refusal.TOO_MANY_ROWS);
            }
            if (rows.rows.isEmpty()) {
                throw new Unreadable(Refusal.EMPTY);
            }
            return rows.rows;
        } catch (Unreadable e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // Not a zip, a zip that is not a workbook, broken XML: POI's many exceptions all mean "cannot read it".
            throw new Unreadable(Refusal.MALFORMED);
        }
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasMacros(OPCPackage pkg) throws Exception {
        if (!pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType())
                .isEmpty()) {
            return true;
        }
        for (PackagePart part : pkg.getParts()) {
            if (part.getPartName().getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                return true;
            }
        }
        return false;
    }

    /** Date cells as ISO dates, whole numbers in full; the rest as Excel shows them. */
    static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return new BigDecimal(value).toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<SheetRow> rows = new ArrayList<>();
        private List<String> cells;
        private int number;

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                if (rows.size() >= MAX_ROWS) {
                    throw new TooMany();
                }
                rows.add(new SheetRow(number, List.copyOf(cells)));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment c) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String v = formattedValue == null ? "" : formattedValue.strip();
            if (cells.size() == column) {
                cells.add(v);
            } else {
                cells.set(column, v);
            }
        }
    }
}
