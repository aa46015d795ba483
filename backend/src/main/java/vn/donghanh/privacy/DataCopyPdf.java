package vn.donghanh.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import vn.donghanh.common.FontFiles;

/**
 * The data copy as a readable A4 PDF: a title, how long the data is kept, then each section with
 * every record as a small two-column table of label and value. Liberation Sans is embedded (as in
 * the completion certificate), so Vietnamese diacritics show on any reader.
 */
@Singleton
public class DataCopyPdf {
    private static final Color RULE = new Color(0xC8, 0xD0, 0xD8);
    private static final Color LABEL_BG = new Color(0xF2, 0xF5, 0xF8);
    private final byte[] regular = FontFiles.read("liberation/LiberationSans-Regular.ttf");
    private final byte[] bold = FontFiles.read("liberation/LiberationSans-Bold.ttf");

    public byte[] render(PrivacyModels.DataCopy copy) {
        Locale locale = Locale.forLanguageTag(copy.language());
        try {
            BaseFont base = BaseFont.createFont(
                    "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null);
            BaseFont baseBold = BaseFont.createFont(
                    "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null);
            Font title = new Font(baseBold, 17);
            Font heading = new Font(baseBold, 12.5f);
            Font text = new Font(base, 10);
            Font label = new Font(baseBold, 9);
            Font muted = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(ExportWords.word(locale, "copy.title"));
            doc.open();
            doc.add(new Paragraph(ExportWords.word(locale, "copy.title"), title));
            doc.add(new Paragraph(
                    ExportWords.word(
                            locale,
                            "copy.generated",
                            ExportReader.text(locale, copy.generatedAt().toLocalDateTime())),
                    muted));
            Paragraph law = new Paragraph(ExportWords.word(locale, "copy.intro"), text);
            law.setSpacingBefore(8);
            doc.add(law);
            Paragraph kept = new Paragraph(copy.retention(), new Font(baseBold, 10));
            kept.setSpacingBefore(6);
            doc.add(kept);
            for (PrivacyModels.Section s : copy.sections()) {
                Paragraph h = new Paragraph(s.title() + " (" + s.rows().size() + ")", heading);
                h.setSpacingBefore(14);
                h.setSpacingAfter(4);
                doc.add(h);
                if (s.rows().isEmpty()) {
                    doc.add(new Paragraph(ExportWords.word(locale, "copy.nothing"), muted));
                    continue;
                }
                for (Map<String, String> row : s.rows()) {
                    PdfPTable t = new PdfPTable(new float[] {1f, 2.6f});
                    t.setWidthPercentage(100);
                    t.setSpacingAfter(5);
                    t.setKeepTogether(true);
                    row.forEach((k, v) -> {
                        PdfPCell l = new PdfPCell(new Phrase(k, label));
                        l.setBackgroundColor(LABEL_BG);
                        l.setBorderColor(RULE);
                        l.setPadding(3);
                        PdfPCell c = new PdfPCell(new Phrase(v, text));
                        c.setBorderColor(RULE);
                        c.setPadding(3);
                        t.addCell(l);
                        t.addCell(c);
                    });
                    doc.add(t);
                }
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
