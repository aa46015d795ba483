package vn.donghanh.report.periodic;

import jakarta.inject.Singleton;

/** Prints a {@link ReportDocument} as an A4 PDF (OpenPDF, Liberation fonts embedded). */
@Singleton
public class ReportPdf {
    public byte[] render(ReportDocument document) {
        throw new UnsupportedOperationException("issue 15: being built");
    }
}
