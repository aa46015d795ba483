package vn.donghanh.casefile;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.annotation.PostConstruct;

/**
 * The printed words of the completion certificate ({@code donghanh.certificate.*}): configuration,
 * not code, because the form has been renumbered before. No defaults: application.yml sets them.
 */
@ConfigurationProperties("donghanh.certificate")
public class CertificateSettings {
    private String formNumber;
    private String legalBasis;
    private String title;
    /** See {@link CertificateNumberFormat} and application.yml; the default is the usual "Số: 12/2026/GCN". */
    private String numberFormat = "{seq}/{year}/GCN";

    /** No defaults for these: a service started without them fails at once, naming the key. */
    @PostConstruct
    void requireAll() {
        require(formNumber, "donghanh.certificate.form-number");
        require(legalBasis, "donghanh.certificate.legal-basis");
        require(title, "donghanh.certificate.title");
        String problem = CertificateNumberFormat.problem(numberFormat);
        if (problem != null) {
            throw new IllegalStateException("donghanh.certificate.number-format " + problem);
        }
    }

    private static void require(Object value, String key) {
        if (value == null) {
            throw new IllegalStateException(key + " must be set");
        }
    }

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

    public String getNumberFormat() {
        return numberFormat;
    }

    /** Read at each issue: a certificate already numbered keeps its number whatever the format becomes. */
    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
