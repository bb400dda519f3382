package fi.turvaverkko.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HTTP/1.1 request over a plain socket to the running test server, with a body made up on the
 * fly (never held in memory), sent as fast as the server takes it while the answer is awaited. It
 * records how much of the body had been sent when the answer began: a server that refuses a body
 * before reading it answers while almost all of it is still unsent.
 */
public final class RawHttp {

    private RawHttp() {}

    /** The answer, and how many body bytes had been written when its status line arrived. */
    public record Answer(int status, Map<String, String> headers, String body, long sentWhenAnswered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends {@code method path} with a body of {@code bodyBytes} bytes ({@code x}): with
     * {@code Content-Length} when {@code chunked} is false, else chunked without any length.
     */
    public static Answer send(
            int port,
            String method,
            String path,
            Map<String, String> headers,
            String contentType,
            long bodyBytes,
            boolean chunked)
            throws IOException, InterruptedException {
        return send(port, method, path, headers, contentType, bodyBytes, chunked, (byte) 'x');
    }

    /** As above, the body made of {@code fill} (a space is JSON a parser reads on and on). */
    public static Answer send(
            int port,
            String method,
            String path,
            Map<String, String> headers,
            String contentType,
            long bodyBytes,
            boolean chunked,
            byte fill)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            head.append("Content-Type: ").append(contentType).append("\r\n");
            head.append("Accept-Language: fi\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodyBytes + "\r\n");
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();

            AtomicLong sent = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                byte[] block = new byte[64 * 1024];
                java.util.Arrays.fill(block, fill);
                try {
                    while (!stop.get() && sent.get() < bodyBytes) {
                        int n = (int) Math.min(block.length, bodyBytes - sent.get());
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        }
                        out.write(block, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        }
                        sent.addAndGet(n);
                    }
                    if (chunked && !stop.get()) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server closed the connection: it has answered
                }
            });
            writer.setDaemon(true);
            writer.start();

            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            long sentWhenAnswered = sent.get();
            stop.set(true);
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (String l = line(in); !l.isEmpty(); l = line(in)) {
                int colon = l.indexOf(':');
                answerHeaders.put(
                        l.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        l.substring(colon + 1).trim());
            }
            String body = new String(body(in, answerHeaders), StandardCharsets.UTF_8);
            socket.close();
            writer.join(10_000);
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), answerHeaders, body, sentWhenAnswered);
        }
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length)));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int n = Integer.parseInt(line(in).trim(), 16); n > 0; n = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(n));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }
}
