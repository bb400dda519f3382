package fi.turvaverkko.operations.domain;

import fi.turvaverkko.platform.LocalizedText;
import fi.turvaverkko.platform.Messages;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live situation picture's event stream. A change writes a row to {@code operations.event} in its
 * own transaction; a trigger NOTIFYs {@code operations_event} when it commits, and every node (this
 * one too) LISTENs on one dedicated connection, reads the new rows and sends them, in order and each
 * once, to the Server-Sent Event streams open on that node. A client that reconnects with
 * {@code Last-Event-ID} gets what it missed from the table.
 */
@Component
public class LiveEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);
    static final String CHANNEL = "operations_event";
    static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final DataSource dataSource;
    private final OperationsRepository repository;
    private final JsonMapper json;
    private final Messages messages;
    private final Map<Long, Group> groups = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    LiveEvents(DataSource dataSource, OperationsRepository repository, JsonMapper json, Messages messages) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.json = json;
        this.messages = messages;
    }

    /** The open streams of one disruption on this node. */
    private final class Group {
        final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();

        /** Sends every stored event that some subscriber has not had yet, oldest first. */
        synchronized void catchUp(long disruptionId) {
            long from = subscribers.stream().mapToLong(s -> s.lastSent).min().orElse(Long.MAX_VALUE);
            if (from == Long.MAX_VALUE) {
                return;
            }
            List<LiveEvent> events = repository.eventsAfter(disruptionId, from, 1000);
            for (Subscriber s : subscribers) {
                for (LiveEvent e : events) {
                    if (e.id() > s.lastSent && !s.send(e)) {
                        subscribers.remove(s);
                        break;
                    }
                }
            }
        }
    }

    private final class Subscriber {
        final SseEmitter emitter;
        final Locale locale;
        volatile long lastSent;

        Subscriber(SseEmitter emitter, Locale locale, long lastSent) {
            this.emitter = emitter;
            this.locale = locale;
            this.lastSent = lastSent;
        }

        boolean send(LiveEvent e) {
            try {
                emitter.send(SseEmitter.event()
                        .id(String.valueOf(e.id()))
                        .name(e.type())
                        .data(
                                json.writeValueAsString(readable(e, locale)),
                                org.springframework.http.MediaType.APPLICATION_JSON));
                lastSent = e.id();
                return true;
            } catch (IOException | IllegalStateException ex) {
                return false;
            }
        }

        boolean ping() {
            try {
                emitter.send(SseEmitter.event().comment("ping"));
                return true;
            } catch (IOException | IllegalStateException ex) {
                return false;
            }
        }
    }

    /** Records a change of a disruption; it reaches the streams when the caller's transaction commits. */
    public long publish(String disruptionId, String type, String itemId, String summary) {
        return repository.insertEvent(Long.parseLong(disruptionId), type, itemId, shortened(summary));
    }

    /**
     * Records a change whose summary the system writes: it is kept as its message key and arguments
     * and each stream gets it in the language of the person listening.
     */
    public long publish(String disruptionId, String type, String itemId, LocalizedText summary) {
        return repository.insertEvent(Long.parseLong(disruptionId), type, itemId, summary.toJson());
    }

    private static String shortened(String summary) {
        return summary == null ? null : summary.length() > 300 ? summary.substring(0, 297) + "…" : summary;
    }

    /** The event with a summary kept as a message written in the listener's language. */
    LiveEvent readable(LiveEvent e, Locale locale) {
        String s = e.summary();
        if (s == null || !s.startsWith("{\"key\"")) {
            return e;
        }
        try {
            String text = messages.text(locale, LocalizedText.fromJson(s));
            return new LiveEvent(e.id(), e.disruptionId(), e.type(), e.itemId(), shortened(text), e.at());
        } catch (RuntimeException notAMessage) {
            return e;
        }
    }

    /**
     * Opens a stream of a disruption's events: from after {@code lastEventId} when given (a reconnecting
     * client), else from now on.
     */
    public SseEmitter subscribe(long disruptionId, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        long from = lastEventId != null ? lastEventId : repository.lastEventId(disruptionId);
        Subscriber s = new Subscriber(emitter, LocaleContextHolder.getLocale(), from);
        Group g = groups.computeIfAbsent(disruptionId, k -> new Group());
        Runnable remove = () -> g.subscribers.remove(s);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(x -> remove.run());
        try {
            emitter.send(SseEmitter.event().reconnectTime(3000).comment("connected " + from));
        } catch (IOException e) {
            return emitter;
        }
        g.subscribers.add(s);
        if (lastEventId != null) {
            g.catchUp(disruptionId);
        }
        return emitter;
    }

    /** Open streams on this node, for tests and the benchmark's log. */
    public int openStreams() {
        return groups.values().stream().mapToInt(g -> g.subscribers.size()).sum();
    }

    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        groups.values().forEach(g -> g.subscribers.removeIf(s -> !s.ping()));
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes == null) {
                        continue;
                    }
                    java.util.Set<Long> touched = new java.util.HashSet<>();
                    for (PGNotification n : notes) {
                        String p = n.getParameter();
                        int colon = p.indexOf(':');
                        if (colon > 0) {
                            touched.add(Long.valueOf(p.substring(0, colon)));
                        }
                    }
                    for (Long d : touched) {
                        Group g = groups.get(d);
                        if (g != null && !g.subscribers.isEmpty()) {
                            try {
                                g.catchUp(d);
                            } catch (RuntimeException e) {
                                log.warn("Could not send the events of disruption {}: {}", d, e.getMessage());
                            }
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    log.warn(
                            "The event listener lost its connection ({}); listening again in a second", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    // events that committed meanwhile are caught up from the table
                    groups.forEach((d, g) -> {
                        try {
                            g.catchUp(d);
                        } catch (RuntimeException ex) {
                            // the database is still away; the next round tries again
                        }
                    });
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "operations-listen");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        groups.values().forEach(g -> g.subscribers.forEach(s -> s.emitter.complete()));
        groups.clear();
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop before the web server waits for open requests, and before the DataSource closes
        return Integer.MAX_VALUE - 100;
    }
}
