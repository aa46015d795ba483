package vn.donghanh.adminunit;

/**
 * Nation (the single root), province (tỉnh), legacy district (huyện, kept on older records),
 * commune (xã/phường/thị trấn).
 */
public enum AdminUnitLevel {
    NATION,
    PROVINCE,
    DISTRICT,
    COMMUNE
}
