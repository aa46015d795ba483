package vn.donghanh.report;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import vn.donghanh.security.Caller;

@Controller("/api/v1/reports")
@Secured({"SUPERVISOR", "OFFICER"})
public class ReportController {
    private final CaseCountsService counts;
    private final CommuneSummaryService summaries;

    public ReportController(CaseCountsService counts, CommuneSummaryService summaries) {
        this.counts = counts;
        this.summaries = summaries;
    }

    @Get("/commune-summary")
    public ReportModels.Summary communeSummary(Caller caller) {
        return summaries.summary(caller);
    }

    @Get("/case-counts")
    public ReportModels.CaseCounts caseCounts(Caller caller) {
        return counts.counts(caller);
    }
}
