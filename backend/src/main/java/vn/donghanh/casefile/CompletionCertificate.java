package vn.donghanh.casefile;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The certificate of completion of post-rehab management (Decree 116/2021 Art. 81, Form No. 54)
 * as a printable A4 PDF in Vietnamese. Form number, legal basis and title come from configuration,
 * because the form has been renumbered before. Liberation Serif (embedded) carries the diacritics.
 */
@Singleton
public class CompletionCertificate {
    private final String formNumber;
    private final String legalBasis;
    private final String title;
    private final byte[] regular;
    private final byte[] bold;
    private final CertificateRegister register;

    public CompletionCertificate(CertificateSettings settings, CertificateRegister register) {
        this.register = register;
        this.formNumber = settings.getFormNumber();
        this.legalBasis = settings.getLegalBasis();
        this.title = settings.getTitle();
        this.regular = font("liberation/LiberationSerif-Regular.ttf");
        this.bold = font("liberation/LiberationSerif-Bold.ttf");
    }

    /** The certificate, numbered from the commune's register (a first download of an old case takes its number). */
    public byte[] render(CaseService.CompletedCase completed) {
        CaseEntity c = completed.entity();
        String number = register.numberOf(completed);
        try {
            BaseFont base = BaseFont.createFont(
                    "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null);
            BaseFont baseBold = BaseFont.createFont(
                    "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null);
            Font small = new Font(baseBold, 10);
            Font text = new Font(base, 13);
            Font strong = new Font(baseBold, 13);
            Font heading = new Font(baseBold, 14);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 60, 50, 50, 50);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addSubject(formNumber);
            doc.open();
            doc.add(right(formNumber, small));
            doc.add(right(legalBasis, new Font(base, 9, Font.ITALIC)));

            PdfPTable header = new PdfPTable(new float[] {1f, 1.4f});
            header.setWidthPercentage(100);
            header.addCell(cell(
                    "ỦY BAN NHÂN DÂN\n" + completed.communeName().toUpperCase(Locale.forLanguageTag("vi"))
                            + "\n-------",
                    strong));
            header.addCell(
                    cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------", strong));
            header.addCell(cell("Số: " + number, text));
            header.addCell(cell(
                    completed.communeName() + ", " + vietnameseDate(completed.completedOn()),
                    new Font(base, 13, Font.ITALIC)));
            doc.add(header);

            Paragraph t = new Paragraph("\n" + title, heading);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            doc.add(new Paragraph(
                    "\nCHỦ TỊCH ỦY BAN NHÂN DÂN " + completed.communeName().toUpperCase(Locale.forLanguageTag("vi")),
                    strong));
            doc.add(new Paragraph("Chứng nhận:", text));
            doc.add(line("Ông/Bà: ", c.fullName(), text, strong));
            doc.add(line("Ngày, tháng, năm sinh: ", dmy(c.dateOfBirth()), text, text));
            doc.add(line("Giới tính: ", sex(c.sex()), text, text));
            doc.add(line(
                    "Nơi cư trú: ",
                    c.address() + ", " + completed.communeName() + ", " + completed.provinceName(),
                    text,
                    text));
            doc.add(new Paragraph(
                    "Đã hoàn thành thời gian quản lý sau cai nghiện ma túy tại nơi cư trú từ ngày "
                            + dmy(c.startDate()) + " đến ngày " + dmy(completed.completedOn()) + ", theo Quyết định số "
                            + c.decisionNumber() + " ngày " + dmy(c.decisionDate()) + ".",
                    text));
            doc.add(new Paragraph(
                    "Giấy chứng nhận này được cấp cho Ông/Bà " + c.fullName()
                            + " và gửi cơ quan, tổ chức liên quan để biết.",
                    text));

            PdfPTable sign = new PdfPTable(new float[] {1f, 1f});
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(24);
            sign.addCell(cell("", text));
            sign.addCell(cell("CHỦ TỊCH\n(Ký, ghi rõ họ tên và đóng dấu)", strong));
            doc.add(sign);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String s, Font f) {
        PdfPCell cell = new PdfPCell(new Paragraph(s, f));
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Paragraph right(String s, Font f) {
        Paragraph p = new Paragraph(s, f);
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    private static Paragraph line(String label, String value, Font labelFont, Font valueFont) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label, labelFont));
        p.add(new Chunk(value, valueFont));
        return p;
    }

    private static String sex(String sex) {
        return switch (sex) {
            case "MALE" -> "Nam";
            case "FEMALE" -> "Nữ";
            default -> "Khác";
        };
    }

    static String dmy(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static String vietnameseDate(LocalDate d) {
        return "ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng " + String.format("%02d", d.getMonthValue())
                + " năm " + d.getYear();
    }

    private static byte[] font(String resource) {
        return vn.donghanh.common.FontFiles.read(resource);
    }
}
