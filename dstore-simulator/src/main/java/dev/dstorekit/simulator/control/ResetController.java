package dev.dstorekit.simulator.control;

import dev.dstorekit.simulator.state.CleanSlate;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;

/** {@code POST /control/reset}: the sandbox's clean slate, under the control API's access rules ({@link ControlAccess}). */
@Controller("/control")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResetController {

    private final CleanSlate cleanSlate;

    public ResetController(CleanSlate cleanSlate) {
        this.cleanSlate = cleanSlate;
    }

    @Post("/reset")
    Map<String, String> reset() {
        cleanSlate.wipe();
        return Map.of("message", "every store, catalog, order, answer, violation and journal entry forgotten");
    }
}
