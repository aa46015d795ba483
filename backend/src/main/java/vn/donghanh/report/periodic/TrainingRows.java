package vn.donghanh.report.periodic;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.security.Role;
import vn.donghanh.training.TrainingModels.CourseShare;
import vn.donghanh.training.TrainingService;

/**
 * The report's training section (issue 17; Quảng Trị's "100 % cán bộ được tập huấn"): per course
 * offered at the unit, the share of its mentors and of its officers who completed it (any version),
 * counted when the file is made — training is not a figure of the period a submission freezes.
 */
@Singleton
class TrainingRows {
    private final TrainingService training;

    TrainingRows(TrainingService training) {
        this.training = training;
    }

    /** The document with the training section after the indicators; unchanged when no course is offered. */
    ReportDocument appendTo(ReportDocument d, String unitId, ReportWords words) {
        List<CourseShare> shares = training.shares(unitId);
        if (shares.isEmpty()) {
            return d;
        }
        List<ReportDocument.Row> rows = new ArrayList<>(d.rows());
        rows.add(new ReportDocument.Row("V", words.text("report.training.section"), "", null, true, false, null));
        int n = 1;
        for (CourseShare s : shares) {
            if (s.audience().includes(Role.MENTOR)) {
                rows.add(row(
                        "V." + n++,
                        words.text("report.training.mentors", s.title(), s.mentorsDone(), s.mentors()),
                        words,
                        s.mentorsDone(),
                        s.mentors()));
            }
            if (s.audience().includes(Role.OFFICER)) {
                rows.add(row(
                        "V." + n++,
                        words.text("report.training.officers", s.title(), s.officersDone(), s.officers()),
                        words,
                        s.officersDone(),
                        s.officers()));
            }
        }
        return new ReportDocument(
                d.agency(),
                d.title(),
                d.unitLine(),
                d.periodLine(),
                d.statusLine(),
                d.asOfLine(),
                d.columnHeads(),
                rows,
                d.communes(),
                d.narrativeHeading(),
                d.narrative(),
                d.placeAndDate(),
                d.signers(),
                d.signHint(),
                d.fileName());
    }

    private static ReportDocument.Row row(String number, String label, ReportWords words, int done, int of) {
        Long percent = of == 0 ? null : Math.round(done * 100.0 / of);
        return new ReportDocument.Row(number, label, words.text("report.measure.PERCENT"), percent, false, false, null);
    }
}
