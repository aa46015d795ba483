package vn.donghanh.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.ec.ECSignatureGenerator;
import io.micronaut.security.token.jwt.signature.ec.ECSignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;

/**
 * Wires the key set into Micronaut Security: ES256 signing with the first key, verification
 * against any key in the set. Only ES256 is accepted, so "none" and HMAC tokens never verify.
 */
@Factory
public class JwtSignatureFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generator(JwtKeySet keySet) {
        ECKey key = keySet.signingKey();
        return new ECSignatureGenerator(new ECSignatureGeneratorConfiguration() {
            @Override
            public ECPrivateKey getPrivateKey() {
                try {
                    return key.toECPrivateKey();
                } catch (JOSEException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Optional<String> getKid() {
                return Optional.ofNullable(key.getKeyID());
            }

            @Override
            public ECPublicKey getPublicKey() {
                try {
                    return key.toECPublicKey();
                } catch (JOSEException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public JWSAlgorithm getJwsAlgorithm() {
                return JWSAlgorithm.ES256;
            }
        });
    }

    @Singleton
    @Named("key-set")
    SignatureConfiguration keySetVerifier(JwtKeySet keySet) {
        return new SignatureConfiguration() {
            @Override
            public String supportedAlgorithmsMessage() {
                return "Only the ES256 JWS algorithm is supported";
            }

            @Override
            public boolean supports(JWSAlgorithm algorithm) {
                return JWSAlgorithm.ES256.equals(algorithm);
            }

            @Override
            public boolean verify(SignedJWT jwt) throws JOSEException {
                if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
                    return false;
                }
                for (ECKey key : keySet.verificationKeys()) {
                    String kid = jwt.getHeader().getKeyID();
                    if (kid != null && key.getKeyID() != null && !kid.equals(key.getKeyID())) {
                        continue;
                    }
                    if (jwt.verify(new ECDSAVerifier(key.toECPublicKey()))) {
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
