package dev.dstorekit.signature;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.DigestInfo;

/**
 * Opens an RSA PKCS#1 v1.5 signature with the public key to see what was signed. If the padding is intact,
 * the key is the right one and only the signed bytes differ (and the digest tells which hash was used); if it
 * is not, the signature was made with another key. This turns "does not verify" into a definite diagnosis.
 */
final class SignatureRecovery {

    /** What the signature contains: the hash algorithm's name and the digest, or nothing usable. */
    record Recovered(String hashAlgorithm, byte[] digest) {
        boolean isSha256() {
            return "SHA-256".equals(hashAlgorithm);
        }
    }

    private static final Map<ASN1ObjectIdentifier, String> HASHES = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            OIWObjectIdentifiers.idSHA1, "SHA-1",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512",
            NISTObjectIdentifiers.id_sha224, "SHA-224",
            PKCSObjectIdentifiers.md5, "MD5");

    private SignatureRecovery() {
    }

    /** @return the signed digest, or {@code null} when the key cannot open the signature (another key) or hides its modulus */
    static Recovered recover(PublicKey key, byte[] signature) {
        if (!(key instanceof RSAPublicKey rsa)) {
            return null;
        }
        BigInteger n = rsa.getModulus();
        int k = (n.bitLength() + 7) / 8;
        BigInteger s = new BigInteger(1, signature);
        if (signature.length != k || s.compareTo(n) >= 0) {
            return null;
        }
        byte[] em = toLength(s.modPow(rsa.getPublicExponent(), n), k);
        // EM = 00 01 FF..FF 00 DigestInfo, with at least 8 bytes of FF
        if (em[0] != 0 || em[1] != 1) {
            return null;
        }
        int i = 2;
        while (i < em.length && em[i] == (byte) 0xFF) {
            i++;
        }
        if (i - 2 < 8 || i >= em.length || em[i] != 0) {
            return null;
        }
        try {
            DigestInfo info = DigestInfo.getInstance(java.util.Arrays.copyOfRange(em, i + 1, em.length));
            ASN1ObjectIdentifier oid = info.getAlgorithmId().getAlgorithm();
            return new Recovered(HASHES.getOrDefault(oid, "hash " + oid.getId()), info.getDigest());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] toLength(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
