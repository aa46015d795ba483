package vn.donghanh.drugtest;

public enum DrugTestResult {
    NEGATIVE,
    POSITIVE,
    REFUSED
}
