package vn.donghanh.casefile;

/** Why the person is managed (Law 73/2021 Art. 40; Decree 105/2021 for drug-use management). */
public enum ManagementBasis {
    COMPULSORY_REHAB_ADULT,
    COMPULSORY_REHAB_MINOR,
    VOLUNTARY_REHAB,
    OPIOID_SUBSTITUTION,
    DRUG_USE_MANAGEMENT
}
