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

    @Override
    public Map<String, Object> configuration() {
        return server.configuration();
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
