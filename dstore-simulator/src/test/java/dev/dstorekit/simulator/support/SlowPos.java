package dev.dstorekit.simulator.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.testsupport.TestKeys;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A createOrder-only POS on plain sockets, for what the JDK's HTTP server cannot show: how many connections a client
 * holds open at once, and a POS that is slow, never answers, or sheds load. One thread per connection serves its
 * requests one after another, as HTTP/1.1 does; every answer is a signed result S (or U) after {@code delay}, or never.
 */
public final class SlowPos implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUCCESS = "{\"result\":{\"resultStatus\":\"S\",\"resultCode\":\"SUCCESS\",\"resultMessage\":\"success\"},"
            + "\"posOrderId\":\"P-%s\"}";
    private static final String UNKNOWN = "{\"result\":{\"resultStatus\":\"U\",\"resultCode\":\"UNKNOWN_EXCEPTION\","
            + "\"resultMessage\":\"Temporary failure; retry with the same parameters\"}}";

    private final Duration delay;
    private final int unknownEvery;
    private final AtomicInteger requests = new AtomicInteger();
    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final List<String> requestOrderIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    private SlowPos(Duration delay, int unknownEvery) {
        this.delay = delay;
        this.unknownEvery = unknownEvery;
        try {
            server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("slow-pos-accept", this::accept);
    }

    public static SlowPos answeringAfter(Duration delay) {
        return new SlowPos(delay, 0);
    }

    public static SlowPos neverAnswering() {
        return new SlowPos(null, 0);
    }

    /** Answers every {@code every}-th request (in arrival order, the first included) U, the others S with posOrderId P-requestOrderId. */
    public static SlowPos answeringUnknownEvery(int every) {
        return new SlowPos(Duration.ZERO, every);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The most connections that were open at the same time. */
    public int mostOpenConnections() {
        return mostOpen.get();
    }

    public int acceptedConnections() {
        return accepted.get();
    }

    public List<String> requestOrderIds() {
        return requestOrderIds;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                sockets.add(socket);
                daemon("slow-pos-connection", () -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream()); OutputStream out = socket.getOutputStream()) {
            int length;
            while ((length = contentLength(in)) >= 0) {
                String requestOrderId = JSON.readTree(in.readNBytes(length)).path("requestOrderId").asText();
                requestOrderIds.add(requestOrderId);
                boolean unknown = unknownEvery > 0 && requests.getAndIncrement() % unknownEvery == 0;
                if (delay != null) {
                    Thread.sleep(delay.toMillis());
                    out.write(answer(unknown ? UNKNOWN : SUCCESS.formatted(requestOrderId)));
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the POS is closing
        } finally {
            sockets.remove(socket);
            open.decrementAndGet();
        }
    }

    /** Reads a request's head; its Content-Length, or -1 at the end of the connection. */
    private static int contentLength(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1).lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring("content-length:".length()).trim()))
                .findFirst().orElse(0);
    }

    private static byte[] answer(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String time = RequestTimes.now(Clock.system(ZoneOffset.ofHours(8)));
        String signature = new RsaPayloadSigner(TestKeys.POS.getPrivate()).sign("POST", "/v2/pos/createOrder", TestSignature.CLIENT_ID, time, body);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nClient-Id: " + TestSignature.CLIENT_ID
                + "\r\nResponse-Time: " + time + "\r\nSignature: " + signature + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] answer = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, answer, head.length, body.length);
        return answer;
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
