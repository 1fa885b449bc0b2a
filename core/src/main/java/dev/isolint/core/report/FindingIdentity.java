package dev.isolint.core.report;

import dev.isolint.core.model.CallPath;
import dev.isolint.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two results the same finding (SPEC §5): rule, file, address and module call path, with paths as the
 * report prints them. SARIF's {@code partialFingerprints} and GitLab's vulnerability ids are both derived from it, so
 * code scanning and GitLab track a finding alike across runs and tell apart one module block reached from two roots.
 */
final class FindingIdentity {

    private FindingIdentity() {
    }

    /** The SHA-256 of the identity. */
    static byte[] hash(Finding f, PathFormatter paths) {
        String key = f.rule().id() + "\u0000" + paths.format(f.resource().location().file()) + "\u0000"
                + f.resource().address();
        CallPath via = f.resource().moduleCallPath();
        if (via != null) {
            key += "\u0000" + paths.format(via);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** 32 hex digits: SARIF's fingerprint. */
    static String fingerprint(Finding f, PathFormatter paths) {
        return HexFormat.of().formatHex(hash(f, paths), 0, 16);
    }

    /** A name-based UUID (version 5 layout over SHA-256): GitLab's vulnerability id. */
    static String uuid(Finding f, PathFormatter paths) {
        byte[] h = hash(f, paths);
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        String hex = HexFormat.of().formatHex(h, 0, 16);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
