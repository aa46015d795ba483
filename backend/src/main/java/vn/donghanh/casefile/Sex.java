package vn.donghanh.casefile;

public enum Sex {
    MALE,
    FEMALE,
    OTHER
}
