package fi.turvaverkko.registration.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Single-use tokens and the one-way hashes under which tokens and addresses are kept. */
final class Hashes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Hashes() {}

    /** 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An e-mail address the way it is compared: trimmed and in lower case. */
    static String email(String email) {
        return sha256("email:" + email.trim().toLowerCase(Locale.ROOT));
    }
}
