package dev.dstorekit.signature;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads the RSA keys of the signature scheme from configuration values. D-Store hands out one line of base64
 * DER (PKCS#8 private, X.509 public), while openssl writes PEM, often PKCS#1; accepting all of them, inline or
 * as a file path, avoids conversion mistakes. Every key is checked to be RSA of at least {@value #MIN_BITS} bits,
 * and errors name the setting without echoing key material.
 */
public final class RsaKeys {

    /** D-Store requires 2048-bit RSA keys; shorter ones are refused. */
    public static final int MIN_BITS = 2048;

    private static final String PRIVATE_FORMATS =
            "base64 PKCS#8 DER, PEM 'PRIVATE KEY' or PEM 'RSA PRIVATE KEY'";
    private static final String PUBLIC_FORMATS =
            "base64 X.509 DER, PEM 'PUBLIC KEY' or PEM 'RSA PUBLIC KEY'";

    private RsaKeys() {
    }

    /** A new RSA key pair of {@code bits} bits, from the platform's default provider. */
    public static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code key} as PEM, as openssl writes it: {@code PRIVATE KEY} (PKCS#8) or {@code PUBLIC KEY} (X.509), 64 columns. */
    public static String pem(Key key) {
        String type = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /**
     * @param textOrPath base64 PKCS#8 DER (D-Store's format), PEM {@code PRIVATE KEY} (PKCS#8), PEM
     *        {@code RSA PRIVATE KEY} (PKCS#1), or the path of a file holding either (PEM, base64 or binary DER)
     * @param setting the configuration key the value came from, used in error messages
     * @throws InvalidKeyException if the value is unreadable, encrypted, not a private key, not RSA or too short
     */
    public static PrivateKey privateKey(String textOrPath, String setting) throws InvalidKeyException {
        KeySource.Content content = KeySource.resolve(textOrPath, setting);
        PrivateKey key;
        if (content.pem() != null) {
            PrivateKeyInfo info = pemObject(content, setting, true, PrivateKeyInfo.class);
            requireRsa(info.getPrivateKeyAlgorithm(), setting);
            key = convert(setting, () -> new JcaPEMKeyConverter().getPrivateKey(info));
        } else {
            PrivateKeyInfo info = derPrivateKeyInfo(content.der(), setting);
            requireRsa(info.getPrivateKeyAlgorithm(), setting);
            key = convert(setting, () -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded())));
        }
        return requireBits(key, setting);
    }

    /**
     * @param textOrPath base64 X.509 SubjectPublicKeyInfo DER, PEM {@code PUBLIC KEY}, PEM {@code RSA PUBLIC KEY}
     *        (PKCS#1), or the path of a file holding either; a PEM certificate is accepted too
     * @param setting the configuration key the value came from, used in error messages
     * @throws InvalidKeyException if the value is unreadable, not a public key, not RSA or too short
     */
    public static PublicKey publicKey(String textOrPath, String setting) throws InvalidKeyException {
        KeySource.Content content = KeySource.resolve(textOrPath, setting);
        PublicKey key;
        if (content.pem() != null) {
            SubjectPublicKeyInfo info = pemObject(content, setting, false, SubjectPublicKeyInfo.class);
            requireRsa(info.getAlgorithm(), setting);
            key = convert(setting, () -> new JcaPEMKeyConverter().getPublicKey(info));
        } else {
            SubjectPublicKeyInfo info = derPublicKeyInfo(content.der(), setting);
            requireRsa(info.getAlgorithm(), setting);
            key = convert(setting, () -> KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(info.getEncoded())));
        }
        return requireBits(key, setting);
    }

    // ---- PEM ----------------------------------------------------------------------------------------------

    /** Reads PEM blocks until one holds the wanted kind of key; parameter blocks (EC PARAMETERS) are skipped. */
    private static <T> T pemObject(KeySource.Content content, String setting, boolean wantPrivate, Class<T> type) {
        String wanted = wantPrivate ? "a private key" : "a public key";
        try (PEMParser parser = new PEMParser(new StringReader(content.pem()))) {
            Object object;
            while ((object = parser.readObject()) != null) {
                Object info = keyInfo(object, setting);
                if (type.isInstance(info)) {
                    return type.cast(info);
                }
                if (info != null) {
                    throw new InvalidKeyException(setting, content.origin() + " holds "
                            + (wantPrivate ? "a public key" : "a private key") + "; " + wanted + " is needed here");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidKeyException invalid) {
                throw invalid;
            }
            throw new InvalidKeyException(setting, content.origin() + " is not readable PEM ("
                    + e.getClass().getSimpleName() + "); expected " + (wantPrivate ? PRIVATE_FORMATS : PUBLIC_FORMATS));
        }
        throw new InvalidKeyException(setting, content.origin() + " has no PEM block with " + wanted
                + "; expected " + (wantPrivate ? PRIVATE_FORMATS : PUBLIC_FORMATS));
    }

    /** PrivateKeyInfo or SubjectPublicKeyInfo for a key-bearing PEM object, {@code null} for anything to skip. */
    private static Object keyInfo(Object pem, String setting) {
        if (pem instanceof PrivateKeyInfo || pem instanceof SubjectPublicKeyInfo) {
            return pem;
        }
        if (pem instanceof PEMKeyPair pair) { // PKCS#1 'RSA PRIVATE KEY' or 'EC PRIVATE KEY': a private key
            return pair.getPrivateKeyInfo();
        }
        if (pem instanceof X509CertificateHolder certificate) {
            return certificate.getSubjectPublicKeyInfo();
        }
        if (pem instanceof PKCS8EncryptedPrivateKeyInfo || pem instanceof PEMEncryptedKeyPair) {
            throw new InvalidKeyException(setting, "the private key is encrypted; store it unencrypted"
                    + " (openssl pkcs8 -topk8 -nocrypt) and protect it as a secret instead");
        }
        return null;
    }

    // ---- DER ----------------------------------------------------------------------------------------------

    private static PrivateKeyInfo derPrivateKeyInfo(byte[] der, String setting) {
        ASN1Sequence seq = sequence(der, setting, PRIVATE_FORMATS);
        if (seq.size() >= 3 && seq.getObjectAt(0) instanceof ASN1Integer
                && seq.getObjectAt(1) instanceof ASN1Sequence) {
            return convert(setting, () -> PrivateKeyInfo.getInstance(seq)); // PKCS#8
        }
        if (seq.size() >= 9 && allIntegers(seq, 9)) { // PKCS#1 RSAPrivateKey
            return convert(setting, () -> new PrivateKeyInfo(rsaAlgorithm(), RSAPrivateKey.getInstance(seq)));
        }
        if (isPublicStructure(seq)) {
            throw new InvalidKeyException(setting, "holds a public key; a private key is needed here");
        }
        throw new InvalidKeyException(setting, "base64 that is not a DER private key; expected " + PRIVATE_FORMATS);
    }

    private static SubjectPublicKeyInfo derPublicKeyInfo(byte[] der, String setting) {
        ASN1Sequence seq = sequence(der, setting, PUBLIC_FORMATS);
        if (seq.size() == 2 && seq.getObjectAt(0) instanceof ASN1Sequence && seq.getObjectAt(1) instanceof ASN1BitString) {
            return convert(setting, () -> SubjectPublicKeyInfo.getInstance(seq)); // X.509
        }
        if (seq.size() == 2 && allIntegers(seq, 2)) { // PKCS#1 RSAPublicKey
            return convert(setting, () -> new SubjectPublicKeyInfo(rsaAlgorithm(), RSAPublicKey.getInstance(seq)));
        }
        if (seq.size() >= 3 && seq.getObjectAt(0) instanceof ASN1Integer) {
            throw new InvalidKeyException(setting, "holds a private key; a public key is needed here");
        }
        throw new InvalidKeyException(setting, "base64 that is not a DER public key; expected " + PUBLIC_FORMATS);
    }

    private static ASN1Sequence sequence(byte[] der, String setting, String formats) {
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
            if (primitive instanceof ASN1Sequence seq) {
                return seq;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the message below; the parser's message is not needed and could echo input
        }
        throw new InvalidKeyException(setting, "not a key: the value decodes as base64 but not as DER; expected " + formats);
    }

    private static boolean isPublicStructure(ASN1Sequence seq) {
        return seq.size() == 2 && (seq.getObjectAt(0) instanceof ASN1Sequence || allIntegers(seq, 2));
    }

    private static boolean allIntegers(ASN1Sequence seq, int count) {
        for (int i = 0; i < count; i++) {
            if (!(seq.getObjectAt(i) instanceof ASN1Integer)) {
                return false;
            }
        }
        return true;
    }

    private static AlgorithmIdentifier rsaAlgorithm() {
        return new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
    }

    // ---- checks -------------------------------------------------------------------------------------------

    private static void requireRsa(AlgorithmIdentifier algorithm, String setting) {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
            throw new InvalidKeyException(setting, "not an RSA key (got " + algorithmName(oid) + ")");
        }
    }

    private static String algorithmName(ASN1ObjectIdentifier oid) {
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            return "EC";
        }
        if (X9ObjectIdentifiers.id_dsa.equals(oid)) {
            return "DSA";
        }
        if (EdECObjectIdentifiers.id_Ed25519.equals(oid)) {
            return "Ed25519";
        }
        if (EdECObjectIdentifiers.id_Ed448.equals(oid)) {
            return "Ed448";
        }
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
            return "RSASSA-PSS, which cannot make SHA256withRSA PKCS#1 v1.5 signatures";
        }
        return "algorithm " + oid.getId();
    }

    private static <K extends Key> K requireBits(K key, String setting) {
        if (key instanceof RSAKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_BITS) {
                throw new InvalidKeyException(setting, "not an RSA key of at least " + MIN_BITS + " bits (got " + bits + ")");
            }
            return key;
        }
        throw new InvalidKeyException(setting, "not an RSA key (got " + key.getAlgorithm() + ")");
    }

    private interface KeyMaker<K> {
        K make() throws GeneralSecurityException, IOException;
    }

    private static <K> K convert(String setting, KeyMaker<K> maker) {
        try {
            return maker.make();
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new InvalidKeyException(setting, "the RSA key is damaged or inconsistent (" + e.getClass().getSimpleName() + ")");
        }
    }
}
