package dev.dstorekit.simulator.merchant;

import dev.dstorekit.simulator.config.SimulatorSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * {@code simulator.merchant-driver}: {@code none}, the path of an HTTP script, or {@code classpath:…} for one shipped
 * in the jar (e.g. {@code classpath:merchant-drivers/reference-pos-server.yaml}). {@code simulator.merchant-variables.*}
 * override the script's variables (its URL, a merchant's API token), so a shipped script needs no editing.
 */
@Factory
public class MerchantDriverFactory {

    private static final String CLASSPATH = "classpath:";

    @Singleton
    MerchantDriver merchantDriver(SimulatorSettings settings) {
        String setting = settings.merchantDriver();
        if ("none".equalsIgnoreCase(setting)) {
            return new NoMerchantDriver();
        }
        try {
            HttpScriptMerchantDriver script;
            if (setting.startsWith(CLASSPATH)) {
                String resource = setting.substring(CLASSPATH.length());
                try (InputStream in = MerchantDriverFactory.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException(setting + " is not in the simulator jar");
                    }
                    script = HttpScriptMerchantDriver.load(in, setting);
                }
            } else {
                script = HttpScriptMerchantDriver.load(Path.of(setting));
            }
            return script.withVariables(settings.merchantVariables());
        } catch (IllegalArgumentException | IOException e) {
            throw new ConfigurationException("simulator.merchant-driver: " + e.getMessage());
        }
    }
}
