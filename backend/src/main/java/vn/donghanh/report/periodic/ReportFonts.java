package vn.donghanh.report.periodic;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (from openpdf-fonts-extra: metric-compatible with Times New Roman, the face of
 * Vietnamese administrative documents, and complete for Vietnamese) in its regular, bold and italic
 * faces. The TTF bytes are read once; each PDF gets its own embedded subsets via {@link #faces()}.
 */
final class ReportFonts {
    private final byte[] regular = read("liberation/LiberationSerif-Regular.ttf");
    private final byte[] bold = read("liberation/LiberationSerif-Bold.ttf");
    private final byte[] italic = read("liberation/LiberationSerif-Italic.ttf");

    /** The three faces for one document (Identity-H: every Unicode letter, embedded as used). */
    Faces faces() {
        return new Faces(
                base("LiberationSerif-Regular.ttf", regular),
                base("LiberationSerif-Bold.ttf", bold),
                base("LiberationSerif-Italic.ttf", italic));
    }

    record Faces(BaseFont regular, BaseFont bold, BaseFont italic) {
        Font regular(float size) {
            return new Font(regular, size);
        }

        Font bold(float size) {
            return new Font(bold, size);
        }

        Font italic(float size) {
            return new Font(italic, size);
        }
    }

    private static BaseFont base(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        return vn.donghanh.common.FontFiles.read(resource);
    }
}
