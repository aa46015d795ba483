package vn.donghanh.auth;

import io.micronaut.serde.annotation.Serdeable;
import vn.donghanh.account.Account;

@Serdeable
public record TokenResponse(
        String accessToken, String tokenType, long expiresIn, String refreshToken, Account account) {}
