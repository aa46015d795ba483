package vn.donghanh.consent;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.security.Caller;

@Controller("/api/v1/me/consents")
@Secured("PERSON")
public class ConsentController {
    private final ConsentService service;

    public ConsentController(ConsentService service) {
        this.service = service;
    }

    @Get
    public List<ConsentModels.Consent> mine(Caller caller) {
        return service.mine(caller);
    }

    @Put("/{purpose}")
    public ConsentModels.Consent set(
            Caller caller, @PathVariable ConsentPurpose purpose, @Body @Valid ConsentModels.SetConsent body) {
        return service.set(caller, purpose, body.granted());
    }
}
