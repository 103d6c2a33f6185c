package dev.dstorekit.pos.signature;

import dev.dstorekit.signature.PayloadSigner;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the signatures of the last few small messages, so the same message is signed once. Under overload most
 * answers are the same {@code U} for the same operation within the same second (Response-Time has whole seconds),
 * and an RSA signature (PKCS#1 v1.5) of the same bytes is the same bytes: a shed call then costs no signing, which
 * is most of what answering it costs. Bodies above {@link #MAX_BODY} bytes (orders, catalogs) are signed every time.
 */
final class RecentSignatures implements PayloadSigner {

    static final int MAX_BODY = 512;
    static final int CAPACITY = 32;

    private final PayloadSigner signer;
    private final Map<Message, String> recent = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Message, String> eldest) {
            return size() > CAPACITY;
        }
    };

    RecentSignatures(PayloadSigner signer) {
        this.signer = signer;
    }

    @Override
    public String sign(String method, String uri, String clientId, String time, byte[] body) {
        if (body.length > MAX_BODY) {
            return signer.sign(method, uri, clientId, time, body);
        }
        Message message = new Message(method, uri, clientId, time, body.clone());
        synchronized (recent) {
            String known = recent.get(message);
            if (known != null) {
                return known;
            }
        }
        String signature = signer.sign(method, uri, clientId, time, body);
        synchronized (recent) {
            recent.put(message, signature);
        }
        return signature;
    }

    @Override
    public String algorithmProvider() {
        return signer.algorithmProvider();
    }

    /** Everything a signature covers. */
    private record Message(String method, String uri, String clientId, String time, byte[] body) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Message m && method.equals(m.method) && uri.equals(m.uri)
                    && clientId.equals(m.clientId) && time.equals(m.time) && Arrays.equals(body, m.body);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * (31 * method.hashCode() + uri.hashCode()) + clientId.hashCode()) + time.hashCode())
                    + Arrays.hashCode(body);
        }
    }
}
