package vn.donghanh.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.donghanh.security.Caller;

/** The phones' incremental pull: changes since a cursor, in the caller's scope. */
@Controller("/api/v1/sync")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SyncController {
    private final SyncFeed feed;

    public SyncController(SyncFeed feed) {
        this.feed = feed;
    }

    @Get
    public SyncModels.SyncPage changes(
            Caller caller, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        return feed.page(caller, cursor, SyncFeed.limit(limit));
    }
}
