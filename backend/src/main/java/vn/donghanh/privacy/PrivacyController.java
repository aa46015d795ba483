package vn.donghanh.privacy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import vn.donghanh.security.Caller;

/** The signed-in person's own copy of their data, as JSON and as a PDF to keep or print. */
@Controller("/api/v1/me/data")
@Secured("PERSON")
public class PrivacyController {
    private final PersonalDataCopy copies;
    private final DataCopyPdf pdf;

    public PrivacyController(PersonalDataCopy copies, DataCopyPdf pdf) {
        this.copies = copies;
        this.pdf = pdf;
    }

    @Get
    public PrivacyModels.DataCopy json(Caller caller) {
        return copies.mine(caller, "json");
    }

    @Get(value = "/pdf", produces = "application/pdf")
    public HttpResponse<byte[]> file(Caller caller) {
        return HttpResponse.ok(pdf.render(copies.mine(caller, "pdf")))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"du-lieu-cua-toi.pdf\"");
    }
}
