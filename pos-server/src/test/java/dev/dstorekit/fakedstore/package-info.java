/**
 * A fake D-Store (gateway and pds) for the tests: its own application context and HTTP server, its own signature
 * settings (D-Store's key pair), implementing the generated server interfaces, scriptable per order or store. Its
 * beans exist only in the context {@link dev.dstorekit.fakedstore.FakeDStore} starts.
 */
@Configuration
@Requires(property = "fake-dstore.enabled", value = "true")
package dev.dstorekit.fakedstore;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
