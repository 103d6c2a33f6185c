package dev.dstorekit.pos.support;

import dev.dstorekit.pos.store.MerchantConfig;
import dev.dstorekit.pos.store.MerchantDirectory;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import io.micronaut.context.ApplicationContext;

/**
 * Run in a child JVM by the configuration tests, so that real environment variables and MICRONAUT_CONFIG_FILES are
 * read exactly as in production: starts the application context and prints what it understood.
 */
public final class ConfigurationProbe {

    private ConfigurationProbe() {
    }

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.run()) {
            SignatureSettings settings = context.getBean(SignatureSettings.class);
            System.out.println("CLIENT " + settings.clientId());
            System.out.println("TOLERANCE " + settings.tolerance());
            System.out.println("STORES " + context.getBean(MerchantDirectory.class).allStores());
            System.out.println("TOKENS " + context.getBean(MerchantDirectory.class).merchants().stream()
                    .filter(merchant -> merchant.apiToken() != null).map(MerchantConfig::posAccountId).toList());
            System.out.println("HOST " + context.getProperty("micronaut.server.host", String.class).orElse("(all)"));
        } catch (RuntimeException e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append(" <- ");
            }
            System.out.println("FAILED " + messages.toString().replace('\n', ' '));
            System.exit(1);
        }
    }
}
