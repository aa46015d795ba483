package vn.donghanh.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.NextPageLink;
import vn.donghanh.security.Caller;

/** Moves between communes: officers only; each side sees a transfer by its units (TransferService). */
@Controller("/api/v1")
@Secured("OFFICER")
public class TransferController {
    private final TransferService service;

    public TransferController(TransferService service) {
        this.service = service;
    }

    @Post("/cases/{id}/transfers")
    public HttpResponse<TransferModels.Transfer> start(
            Caller caller, @PathVariable String id, @Body @Valid TransferModels.StartTransfer body) {
        return HttpResponse.created(service.start(caller, Ids.parse("id", id), body));
    }

    @Get("/cases/{id}/transfers")
    public List<TransferModels.Transfer> ofCase(Caller caller, @PathVariable String id) {
        return service.ofCase(caller, Ids.parse("id", id));
    }

    @Post("/transfers")
    public HttpResponse<TransferModels.Transfer> ask(Caller caller, @Body @Valid TransferModels.AskTransfer body) {
        return HttpResponse.created(service.ask(caller, body));
    }

    /** The body stays an array; the next page is the {@code Link} header's (rel="next"), absent on the last. */
    @Get("/transfers")
    public HttpResponse<List<TransferModels.Transfer>> open(
            Caller caller,
            HttpRequest<?> request,
            @QueryValue TransferService.Direction direction,
            @QueryValue @Nullable Boolean overdue,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return NextPageLink.ok(
                request,
                service.open(caller, direction, Boolean.TRUE.equals(overdue), cursor, Cursor.limit(limit, 200)));
    }

    @Get("/transfers/{id}")
    public TransferModels.Transfer get(Caller caller, @PathVariable String id) {
        return service.get(caller, Ids.parse("id", id));
    }

    @Get("/transfers/{id}/sheet")
    public TransferModels.TransferSheet sheet(Caller caller, @PathVariable String id) {
        return service.sheet(caller, Ids.parse("id", id));
    }

    @Post("/transfers/{id}/answers")
    public TransferModels.Transfer answer(
            Caller caller, @PathVariable String id, @Body @Valid TransferModels.Answer body) {
        return service.answer(caller, Ids.parse("id", id), body);
    }

    /** POST, so a national ID never sits in a URL (access logs, proxies). */
    @Post("/case-lookups")
    public TransferModels.LookupResult lookup(Caller caller, @Body @Valid TransferModels.Lookup body) {
        return service.lookup(caller, body);
    }
}
