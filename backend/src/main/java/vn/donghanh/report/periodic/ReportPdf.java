package vn.donghanh.report.periodic;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Prints a {@link ReportDocument} as an A4 PDF (OpenPDF, Liberation Serif embedded for the
 * diacritics) in the layout of Decree 30/2020: margins of 3 cm left and 2 cm elsewhere, the issuing
 * body and the national motto side by side with their short rules, the title, the numbered
 * indicator table (its head repeated on every page), the narrative, the place and date and the
 * signature block kept together, page numbers at the top from page 2.
 *
 * <p>A province's or district's communes follow the signed report as an annex on landscape pages:
 * the indicator columns in groups of at most {@link ReportLayout#MAX_INDICATOR_COLUMNS}, each group a
 * table of its own with the commune and state columns and the heads repeated.
 */
@Singleton
public class ReportPdf {
    private static final float CM = 28.35f;
    private static final Color HEAD_FILL = new Color(0xD9, 0xE2, 0xF3);
    private static final Color SECTION_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final float[] HEADER_WIDTHS = {1f, 1.45f};
    private static final float BORDER = 0.5f;

    private final ReportFonts fonts = new ReportFonts();

    public byte[] render(ReportDocument document) {
        ReportFonts.Faces f = fonts.faces();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 3 * CM, 2 * CM, 2 * CM, 2 * CM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new PageNumbers(f.regular(12)));
        doc.addTitle(document.title());
        doc.addSubject(join(document.unitLine(), document.periodLine()));
        doc.addCreator("Đồng Hành");
        doc.open();

        doc.add(header(f, document, doc.right() - doc.left()));
        centred(doc, document.title(), f.bold(14), 18);
        centred(doc, document.unitLine(), f.bold(13), 2);
        centred(doc, document.periodLine(), f.italic(13), 2);
        centred(doc, document.statusLine(), f.regular(12), 2);
        centred(doc, document.asOfLine(), f.italic(12), 2);
        doc.add(indicatorTable(f, document));
        narrative(doc, f, document);
        doc.add(signatures(f, document));

        if (ReportLayout.hasCommunes(document)) {
            communes(doc, f, document);
        }
        doc.close();
        return out.toByteArray();
    }

    /** The issuing body (left) and the nation and motto (right), each with its short rule under. */
    private static PdfPTable header(ReportFonts.Faces f, ReportDocument d, float width) {
        PdfPTable t = new PdfPTable(HEADER_WIDTHS);
        t.setWidthPercentage(100);
        float rightWidth = width * HEADER_WIDTHS[1] / (HEADER_WIDTHS[0] + HEADER_WIDTHS[1]);
        Font motto = f.bold(13);

        PdfPCell left = plain();
        left.addElement(
                centredParagraph(ReportLayout.balanced(d.agency(), f.bold(), 12, width - rightWidth - 8), f.bold(12)));
        left.addElement(rule(35, motto));
        t.addCell(left);

        PdfPCell right = plain();
        right.addElement(centredParagraph(ReportXlsx.NATION, f.bold(12)));
        right.addElement(centredParagraph(ReportXlsx.MOTTO, motto));
        float mottoWidth = motto.getBaseFont().getWidthPoint(ReportXlsx.MOTTO, motto.getSize());
        right.addElement(rule(Math.min(100, 100 * mottoWidth / rightWidth), motto));
        t.addCell(right);
        return t;
    }

    private static PdfPTable indicatorTable(ReportFonts.Faces f, ReportDocument d) {
        Font text = f.regular(12);
        Font strong = f.bold(12);
        PdfPTable t = new PdfPTable(new float[] {8f, 58f, 17f, 17f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(12);
        t.setHeaderRows(1);
        for (int i = 0; i < 4; i++) {
            PdfPCell c = boxed(ReportLayout.head(d, i), strong, Element.ALIGN_CENTER);
            c.setBackgroundColor(HEAD_FILL);
            t.addCell(c);
        }
        for (ReportDocument.Row r : d.rows()) {
            if (r.heading()) {
                t.addCell(boxed(r.number(), strong, Element.ALIGN_CENTER));
                PdfPCell label = boxed(r.label(), strong, Element.ALIGN_LEFT);
                label.setColspan(3);
                label.setBackgroundColor(SECTION_FILL);
                t.addCell(label);
                continue;
            }
            t.addCell(boxed(r.number(), r.subRow() ? text : strong, Element.ALIGN_CENTER));
            PdfPCell label = boxed(r.label(), text, Element.ALIGN_LEFT);
            if (r.subRow()) {
                label.setPaddingLeft(18);
            }
            t.addCell(label);
            t.addCell(boxed(r.measure(), text, Element.ALIGN_CENTER));
            t.addCell(boxed(ReportFigures.format(r.value()), text, Element.ALIGN_RIGHT));
        }
        return t;
    }

    private static void narrative(Document doc, ReportFonts.Faces f, ReportDocument d) {
        List<String> paragraphs = ReportXlsx.paragraphs(d.narrative());
        if (!blank(d.narrativeHeading())) {
            Paragraph h = new Paragraph(d.narrativeHeading(), f.bold(13));
            h.setSpacingBefore(14);
            h.setSpacingAfter(4);
            h.setKeepTogether(true);
            doc.add(h);
        }
        for (String text : paragraphs) {
            Paragraph p = new Paragraph(text.isEmpty() ? " " : text, f.regular(13));
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(28);
            p.setSpacingAfter(3);
            doc.add(p);
        }
    }

    /** Place and date over the rightmost signer; signers side by side with room to sign; never split. */
    private static PdfPTable signatures(ReportFonts.Faces f, ReportDocument d) {
        int n = Math.max(1, d.signers().size());
        PdfPTable t = n == 2 ? new PdfPTable(HEADER_WIDTHS) : new PdfPTable(n);
        t.setWidthPercentage(100);
        t.setSpacingBefore(16);
        t.setKeepTogether(true);
        for (int i = 0; i < n; i++) {
            PdfPCell c = plain();
            if (i == n - 1 && !blank(d.placeAndDate())) {
                c.addElement(centredParagraph(d.placeAndDate(), f.italic(13)));
            }
            t.addCell(c);
        }
        for (int i = 0; i < n; i++) {
            PdfPCell c = plain();
            if (i < d.signers().size()) {
                c.addElement(centredParagraph(d.signers().get(i), f.bold(13)));
                if (!blank(d.signHint())) {
                    c.addElement(centredParagraph(d.signHint(), f.italic(12)));
                }
            }
            c.setMinimumHeight(110);
            t.addCell(c);
        }
        return t;
    }

    /** The annex: one landscape table per group of indicator columns, communes as rows, the total last. */
    private static void communes(Document doc, ReportFonts.Faces f, ReportDocument d) {
        ReportDocument.CommuneTable table = d.communes();
        Font text = f.regular(10);
        Font strong = f.bold(10);
        doc.setPageSize(PageSize.A4.rotate());
        doc.setMargins(2 * CM, 1.5f * CM, 2 * CM, 1.5f * CM);
        float width = PageSize.A4.rotate().getWidth() - 3.5f * CM;
        float name = 130;
        float state = 78;
        List<int[]> groups = ReportLayout.columnGroups(table.indicatorHeads().size());
        int widest = groups.stream().mapToInt(g -> g[1] - g[0]).max().orElse(1);
        // Every group's columns as wide as the widest group's, so the pages line up.
        float column = (width - name - state) / widest;
        for (int[] group : groups) {
            doc.newPage();
            int columns = group[1] - group[0];
            float[] widths = new float[2 + columns];
            widths[0] = name;
            widths[1] = state;
            java.util.Arrays.fill(widths, 2, widths.length, column);
            PdfPTable t = new PdfPTable(widths);
            t.setTotalWidth(widths);
            t.setLockedWidth(true);
            t.setHorizontalAlignment(Element.ALIGN_LEFT);

            PdfPCell caption = plain();
            caption.setColspan(widths.length);
            caption.addElement(new Paragraph(table.heading(), f.bold(13)));
            caption.addElement(new Paragraph(join(d.unitLine(), d.periodLine()), f.italic(11)));
            caption.setPaddingBottom(8);
            t.addCell(caption);
            t.addCell(head(ReportLayout.communeNameHead(d), strong));
            t.addCell(head(ReportLayout.communeStateHead(d), strong));
            for (int i = group[0]; i < group[1]; i++) {
                t.addCell(head(table.indicatorHeads().get(i), strong));
            }
            t.setHeaderRows(2);

            for (ReportDocument.CommuneRow c : table.rows()) {
                communeRow(t, c, group, text, null);
            }
            if (table.total() != null) {
                communeRow(t, table.total(), group, strong, SECTION_FILL);
            }
            doc.add(t);
        }
    }

    private static void communeRow(PdfPTable t, ReportDocument.CommuneRow c, int[] group, Font font, Color fill) {
        PdfPCell name = boxed(c.name(), font, Element.ALIGN_LEFT);
        PdfPCell state = boxed(c.state(), font, Element.ALIGN_CENTER);
        name.setBackgroundColor(fill);
        state.setBackgroundColor(fill);
        t.addCell(name);
        t.addCell(state);
        for (int i = group[0]; i < group[1]; i++) {
            Long v = i < c.values().size() ? c.values().get(i) : null;
            PdfPCell cell = boxed(ReportFigures.format(v), font, Element.ALIGN_RIGHT);
            cell.setBackgroundColor(fill);
            t.addCell(cell);
        }
    }

    private static PdfPCell head(String text, Font font) {
        PdfPCell c = boxed(text, font, Element.ALIGN_CENTER);
        c.setBackgroundColor(HEAD_FILL);
        return c;
    }

    private static PdfPCell boxed(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setBorderWidth(BORDER);
        c.setPadding(4);
        c.setPaddingBottom(6);
        return c;
    }

    private static PdfPCell plain() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    private static Paragraph centredParagraph(String text, Font font) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    private static Paragraph rule(float percent, Font font) {
        Chunk line = new Chunk(new LineSeparator(0.7f, percent, Color.BLACK, Element.ALIGN_CENTER, 0));
        line.setFont(font); // else OpenPDF embeds its default face (Liberation Sans) for the line's placeholder
        Paragraph p = new Paragraph(line);
        p.setFont(font);
        p.setLeading(6);
        return p;
    }

    private static void centred(Document doc, String text, Font font, float before) {
        if (blank(text)) {
            return;
        }
        Paragraph p = centredParagraph(text, font);
        p.setSpacingBefore(before);
        doc.add(p);
    }

    private static String join(String a, String b) {
        if (blank(a)) {
            return blank(b) ? "" : b;
        }
        return blank(b) ? a : a + " — " + b;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The page number at the top centre from the second page on (Decree 30/2020, Annex I: the first page unnumbered). */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            // The writer's size, not the document's: the document already holds the next page's.
            Rectangle size = writer.getPageSize();
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase(Integer.toString(page), font),
                    size.getWidth() / 2,
                    size.getHeight() - 1.2f * CM,
                    0);
        }
    }
}
