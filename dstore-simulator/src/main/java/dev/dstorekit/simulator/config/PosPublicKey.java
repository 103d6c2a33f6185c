package dev.dstorekit.simulator.config;

import java.security.PublicKey;

/** The POS provider's public key, for explaining a signature that did not verify (the filters hold their own). */
public record PosPublicKey(PublicKey key) {
}
