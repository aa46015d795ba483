package vn.donghanh.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CaseController {
    private final CaseService service;
    private final CompletionCertificate certificate;

    public CaseController(CaseService service, CompletionCertificate certificate) {
        this.service = service;
        this.certificate = certificate;
    }

    @Post("/cases")
    @Secured("OFFICER")
    public HttpResponse<CaseModels.CaseDetail> register(Caller caller, @Body @Valid CaseModels.RegisterCase body) {
        CaseModels.CaseDetail created = service.register(caller, body);
        return HttpResponse.created(created).header("ETag", etag(created));
    }

    @Get("/cases")
    @Secured({"OFFICER", "MENTOR"})
    public Page<CaseModels.CaseSummary> list(
            Caller caller,
            @QueryValue @Nullable CaseStatus status,
            @QueryValue @Nullable String mentorId,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        if (q != null && q.length() > 200) {
            throw vn.donghanh.common.ApiException.badField("q", "must be at most 200 characters");
        }
        return service.list(
                caller,
                new CaseQueries.ListFilter(
                        status,
                        mentorId == null ? null : Ids.parse("mentorId", mentorId),
                        q,
                        cursor,
                        Cursor.limit(limit)));
    }

    @Get("/cases/due-for-completion")
    @Secured("OFFICER")
    public Page<CaseModels.CaseSummary> dueForCompletion(
            Caller caller, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        return service.dueForCompletion(caller, cursor, Cursor.limit(limit));
    }

    @Get("/cases/{id}")
    @Secured({"OFFICER", "MENTOR", "PERSON"})
    public HttpResponse<CaseModels.CaseDetail> get(Caller caller, @PathVariable String id) {
        CaseModels.CaseDetail found = service.get(caller, Ids.parse("id", id));
        return HttpResponse.ok(found).header("ETag", etag(found));
    }

    @Put("/cases/{id}")
    @Secured("OFFICER")
    public HttpResponse<CaseModels.CaseDetail> update(
            Caller caller, @PathVariable String id, @Body @Valid CaseModels.UpdateCase body) {
        CaseModels.CaseDetail updated = service.update(caller, Ids.parse("id", id), body);
        return HttpResponse.ok(updated).header("ETag", etag(updated));
    }

    @Post("/cases/{id}/status-changes")
    @Secured("OFFICER")
    public HttpResponse<CaseModels.TimelineEntry> changeStatus(
            Caller caller, @PathVariable String id, @Body @Valid CaseModels.ChangeStatus body) {
        return HttpResponse.created(service.changeStatus(caller, Ids.parse("id", id), body));
    }

    @Get("/cases/{id}/timeline")
    @Secured({"OFFICER", "MENTOR", "PERSON"})
    public List<CaseModels.TimelineEntry> timeline(Caller caller, @PathVariable String id) {
        return service.timeline(caller, Ids.parse("id", id));
    }

    @Post("/cases/{id}/activation-code")
    @Secured("OFFICER")
    public HttpResponse<CaseModels.ActivationCode> activationCode(Caller caller, @PathVariable String id) {
        return HttpResponse.created(service.issueActivationCode(caller, Ids.parse("id", id)));
    }

    @Get(value = "/cases/{id}/completion-certificate", produces = "application/pdf")
    @Secured({"OFFICER", "PERSON"})
    public HttpResponse<byte[]> certificate(Caller caller, @PathVariable String id) {
        CaseService.CompletedCase completed = service.completed(caller, Ids.parse("id", id));
        return HttpResponse.ok(certificate.render(completed))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"giay-chung-nhan-" + id + ".pdf\"");
    }

    @Get("/me/case")
    @Secured("PERSON")
    public CaseModels.CaseDetail myCase(Caller caller) {
        return service.myCase(caller);
    }

    @Get("/me/access-log")
    @Secured("PERSON")
    public Page<CaseModels.AccessLogEntry> myAccessLog(
            Caller caller, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        return service.myAccessLog(caller, cursor, Cursor.limit(limit));
    }

    private static String etag(CaseModels.CaseDetail c) {
        return "\"" + c.version() + "\"";
    }
}
