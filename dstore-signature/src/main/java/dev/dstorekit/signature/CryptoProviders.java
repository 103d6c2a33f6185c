package dev.dstorekit.signature;

import java.lang.reflect.Method;
import java.security.Provider;

/**
 * Chooses the JCA provider for SHA256withRSA. Signing bounds the throughput of every server that signs its
 * answers, and Amazon Corretto Crypto Provider (ACCP) signs about as fast as native OpenSSL, so it is used
 * whenever it loads and passes its self-test on this platform; otherwise — or when forced — the JDK's own.
 * ACCP is passed to {@code Signature.getInstance} explicitly and never installed globally.
 */
public final class CryptoProviders {

    static final String ACCP_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

    /**
     * The outcome of the choice.
     *
     * @param provider the provider to pass to signers and verifiers; {@code null} means the JDK default
     * @param name     a short name for logs and metrics: {@code ACCP} or {@code JDK}
     * @param reason   why this one (e.g. why ACCP was not used)
     */
    public record Choice(Provider provider, String name, String reason) {
        public boolean isAccp() {
            return "ACCP".equals(name);
        }
    }

    private CryptoProviders() {
    }

    /** ACCP when it is usable here and {@code forceJdk} is false, else the JDK default. */
    public static Choice choose(boolean forceJdk) {
        if (forceJdk) {
            return jdk("forced by configuration");
        }
        try {
            Class<?> type = Class.forName(ACCP_CLASS);
            Provider accp = (Provider) type.getField("INSTANCE").get(null);
            Method loadingError = type.getMethod("getLoadingError");
            Throwable error = (Throwable) loadingError.invoke(accp);
            if (error != null) {
                return jdk("ACCP did not load on this platform: " + error.getClass().getSimpleName());
            }
            type.getMethod("assertHealthy").invoke(accp);
            return new Choice(accp, "ACCP", "ACCP " + accp.getVersionStr() + " loaded and healthy");
        } catch (ClassNotFoundException e) {
            return jdk("ACCP is not on the classpath");
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return jdk("ACCP is unusable here: " + cause.getClass().getSimpleName());
        }
    }

    private static Choice jdk(String reason) {
        return new Choice(null, "JDK", reason);
    }
}
