package vn.donghanh.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

/** What the retention job did: its runs, newest first, and the cases each anonymised (ids only). */
@Controller("/api/v1/admin/retention-runs")
@Secured("ADMIN")
public class RetentionController {
    private final RetentionService service;

    public RetentionController(RetentionService service) {
        this.service = service;
    }

    @Get
    public Page<RetentionModels.Run> runs(
            Caller caller, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        return service.runs(caller, cursor, Cursor.limit(limit));
    }

    @Get("/{id}")
    public RetentionModels.Run run(Caller caller, @PathVariable String id) {
        return service.run(caller, Ids.parse("id", id));
    }

    @Get("/{id}/cases")
    public Page<RetentionModels.AnonymisedCase> cases(
            Caller caller,
            @PathVariable String id,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return service.cases(caller, Ids.parse("id", id), cursor, Cursor.limit(limit));
    }
}
