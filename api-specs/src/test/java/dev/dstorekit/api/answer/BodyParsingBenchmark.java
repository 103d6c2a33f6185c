package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What a createOrder body costs between the signature check and the controller: validated against the schema and
 * then decoded from the bytes a second time (before issue 18), or parsed once, validated and bound from that tree
 * (now). A benchmark, not a test; run by hand: {@code scripts/jmh api-specs BodyParsingBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BodyParsingBenchmark {

    private static final String PATH = "/v2/pos/createOrder";
    private static final Argument<CreateOrderRequest> TYPE = Argument.of(CreateOrderRequest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINE = """
            {"posProductId":"CR-ROAST","name":"Roasted Chicken Rice","quantity":2,"unitPrice":{"value":450,"currency":"SGD"},
             "totalAmount":{"value":1060,"currency":"SGD"},"remark":"Chilli on the side",
             "modifiers":[{"posProductId":"MOD-EGG","name":"Extra egg","quantity":1,"unitPrice":{"value":80,"currency":"SGD"}}]}""";
    private final byte[] body = ("""
            {"requestOrderId":"RO-20261125-000042","posAccountId":"BENCH-ACCOUNT","posStoreId":"BENCH-STORE",
             "orderChannel":"DSTORE","channelOrderId":"CH-42","serviceType":"PICKUP",
             "expectFulfillmentTime":"2026-11-25T12:30:00+08:00","orderTime":"2026-11-25T12:00:00+08:00",
             "orderProducts":[""" + LINE + "," + LINE + "," + LINE + """
            ],"orderAmount":{"value":3180,"currency":"SGD"}}""").getBytes(StandardCharsets.UTF_8);

    private ApplicationContext context;
    private RequestSchemas schemas;
    private JsonMapper mapper;
    private JsonTreeBinder binder;

    @Setup
    public void setUp() throws IOException {
        context = ApplicationContext.run();
        schemas = new RequestSchemas();
        mapper = context.getBean(JsonMapper.class);
        binder = context.getBean(JsonTreeBinder.class);
        if (schemas.firstProblem(PATH, body).isPresent()) {
            throw new IllegalStateException("the benchmark body must be valid: " + schemas.firstProblem(PATH, body));
        }
    }

    @TearDown
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public CreateOrderRequest validatedThenDecodedFromTheBytes() throws IOException {
        schemas.firstProblem(PATH, body);
        return mapper.readValue(body, TYPE);
    }

    @Benchmark
    public CreateOrderRequest parsedOnceValidatedAndBoundFromTheTree() throws IOException {
        JsonNode tree = JSON.readTree(body);
        schemas.firstProblem("POST", PATH, tree);
        return binder.bind(tree, TYPE);
    }
}
