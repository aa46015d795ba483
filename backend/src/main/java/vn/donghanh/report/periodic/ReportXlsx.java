package vn.donghanh.report.periodic;

import jakarta.inject.Singleton;

/** Prints a {@link ReportDocument} as an XLSX workbook (Apache POI). */
@Singleton
public class ReportXlsx {
    public byte[] render(ReportDocument document) {
        throw new UnsupportedOperationException("issue 15: being built");
    }
}
