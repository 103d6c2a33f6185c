package dev.dstorekit.simulator.cli;

import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.control.ControlAccess;
import dev.dstorekit.simulator.fault.FaultInjector;
import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import dev.dstorekit.simulator.scenario.ScenarioCatalog;
import dev.dstorekit.simulator.state.CleanSlate;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.PrintWriter;

/** Starting the simulator's HTTP server from a command, after checking every setting it needs. */
final class Servers {

    private Servers() {
    }

    static EmbeddedServer start(ApplicationContext context, PrintWriter out) {
        // resolve the settings first, so a bad key stops start-up with its name before anything listens
        SimulatorSettings settings = context.getBean(SimulatorSettings.class);
        context.getBean(SignatureSettings.class);
        context.getBean(MerchantDriver.class);
        context.getBean(FaultInjector.class);
        int scenarios = context.getBean(ScenarioCatalog.class).all().size();
        ControlAccess control = context.getBean(ControlAccess.class);
        // the kept state is loaded (every repository the clean slate wipes) before anything listens
        context.getBean(CleanSlate.class);
        String state = context.getBean(SandboxDatabase.class).description();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        out.println("dstore-simulator listening on " + server.getURL() + " (D-Store API under /v2/pos and /v2/pds, "
                + "control API under /control, health at /health)");
        out.println("POS gateway: " + settings.posGatewayUrl().map(Object::toString).orElse("not configured (simulator.pos.gateway-url)")
                + "; " + scenarios + " scenarios; clock speed " + settings.clockSpeed());
        out.println("Sandbox state: " + state);
        out.println(control.description());
        return server;
    }
}
