package vn.donghanh.report;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import vn.donghanh.security.Caller;

@Controller("/api/v1/reports")
@Secured({"SUPERVISOR", "OFFICER"})
public class ReportController {
    private final CaseCountsService counts;

    public ReportController(CaseCountsService counts) {
        this.counts = counts;
    }

    @Get("/case-counts")
    public CaseCountsService.CaseCounts caseCounts(Caller caller) {
        return counts.counts(caller);
    }
}
