package dev.dstorekit.simulator.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Serves D-Store's side of the API and the control API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve D-Store's side of the POS API (syncProduct, notifyOrderChange, syncStore, addStore), /health "
                + "and the REST control API under /control until stopped (Ctrl-C).")
public class ServeCommand implements ConfiguredCommand {

    @Mixin
    ServerOptions server = new ServerOptions();

    @Inject
    ApplicationContext context;

    /** Where {@code serve} keeps the sandbox's state unless told otherwise (like pos-server's {@code ./data}). */
    static final String DEFAULT_DATA_DIR = "./simulator-data";

    /** A served sandbox keeps its state: in {@code --data-dir}, {@code SIMULATOR_DATA_DIR} or {@value #DEFAULT_DATA_DIR}. */
    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> properties = server.configuration();
        if (!properties.containsKey(ServerOptions.DATA_DIR) && System.getenv("SIMULATOR_DATA_DIR") == null) {
            properties.put(ServerOptions.DATA_DIR, DEFAULT_DATA_DIR);
        }
        return properties;
    }

    @Override
    public Integer call() throws InterruptedException {
        Servers.start(context, new PrintWriter(System.out, true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.getBean(EmbeddedServer.class).stop();
            stopped.countDown();
        }, "simulator-shutdown"));
        stopped.await();
        return 0;
    }
}
