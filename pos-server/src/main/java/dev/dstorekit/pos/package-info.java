/**
 * The reference POS server. A bean configuration that is on unless {@code pos.enabled=false}: an application
 * context sharing this classpath (the tests' fake D-Store) switches every bean of the server off that way.
 */
@Configuration
@Requires(property = "pos.enabled", notEquals = "false")
package dev.dstorekit.pos;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
