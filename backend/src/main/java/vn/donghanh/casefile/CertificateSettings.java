package vn.donghanh.casefile;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

/**
 * The printed words of the completion certificate ({@code donghanh.certificate.*}): configuration,
 * not code, because the form has been renumbered before. No defaults: application.yml sets them.
 */
@ConfigurationProperties("donghanh.certificate")
public class CertificateSettings {
    @NotNull(message = "donghanh.certificate.form-number must be set")
    private String formNumber;

    @NotNull(message = "donghanh.certificate.legal-basis must be set")
    private String legalBasis;

    @NotNull(message = "donghanh.certificate.title must be set")
    private String title;

    public String getFormNumber() {
        return formNumber;
    }

    public void setFormNumber(String formNumber) {
        this.formNumber = formNumber;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
