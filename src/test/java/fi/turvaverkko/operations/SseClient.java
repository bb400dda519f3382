package fi.turvaverkko.operations;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A plain HTTP client of a Server-Sent Event stream, as a partner's system would be: no browser. */
final class SseClient implements AutoCloseable {

    /** One event as received. */
    record Event(String id, String name, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile BufferedReader in;
    private volatile java.io.InputStream raw;
    private volatile int status;

    SseClient(String url, String user, String lastEventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        status = response.statusCode();
        raw = response.body();
        in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return status;
    }

    private void read() {
        String id = null, name = null;
        StringBuilder data = new StringBuilder();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (Exception e) {
            // closed
        }
    }

    /** The next event whose data contains the text, waiting at most the given seconds; null if none came. */
    Event await(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Event e = events.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e.data().contains(text)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void close() {
        // the reader thread holds the BufferedReader's lock while it waits: close the stream under it
        reader.interrupt();
        Thread closer = new Thread(() -> {
            try {
                raw.close();
            } catch (Exception e) {
                // gone already
            }
        });
        closer.setDaemon(true);
        closer.start();
    }
}
