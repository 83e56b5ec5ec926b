package dev.stakeholder.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs an embedded Neo4j with only its Bolt connector, on loopback, for local development and
 * tests. The Node.js side starts it as a child process and talks to it like any other server.
 *
 * <p>Protocol with the parent, one line each on stdout: {@code NEO4J_READY bolt://host:port} once
 * Bolt accepts connections, or {@code NEO4J_ERROR <reason>} before exiting non-zero. The database
 * shuts down cleanly on SIGINT/SIGTERM and also when stdin closes, so a parent that dies without
 * cleaning up never leaves an orphan JVM holding the store lock.
 *
 * <p>Options: {@code --home= --host= --port= --pagecache-mb= --tx-timeout-s=}, and
 * {@code --import-dir=} to let {@code LOAD CSV} read {@code file:///} URLs from that folder (without
 * it, file URLs are refused).
 */
public final class Launcher {
    private static final String DEFAULT_HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        PrintStream out = System.out;
        Path home = Path.of(options.getOrDefault("home", "./.neo4j-data")).toAbsolutePath();
        String host = options.getOrDefault("host", DEFAULT_HOST);
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        long pageCacheMb = Long.parseLong(options.getOrDefault("pagecache-mb", "256"));
        long txTimeoutSeconds = Long.parseLong(options.getOrDefault("tx-timeout-s", "60"));
        String importDir = options.get("import-dir");

        DatabaseManagementService service;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // Loopback only, started and owned by the project: no credentials to manage.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                    // The defaults wait up to 10 s for idle work at shutdown; nothing here needs that long.
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
            if (importDir != null && !importDir.isEmpty()) {
                // LOAD CSV (benchmarks) may read file:/// URLs, resolved inside this folder only.
                builder.setConfig(GraphDatabaseSettings.allow_file_urls, true)
                        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, Path.of(importDir).toAbsolutePath());
            } else {
                // Neo4j's default would let LOAD CSV read any file this JVM can (no root is set).
                builder.setConfig(GraphDatabaseSettings.allow_file_urls, false);
            }
            service = builder.build();
        } catch (RuntimeException e) {
            fail(out, describe(e, host, port, home));
            return;
        }

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
            service.shutdown();
            fail(out, "the database did not become available within 60 s; see " + home.resolve("logs"));
            return;
        }
        HostnamePort bolt = ((GraphDatabaseAPI) db)
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bolt == null) {
            service.shutdown();
            fail(out, "Bolt did not start on " + host + ":" + port + "; see " + home.resolve("logs"));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                service.shutdown();
                out.println("NEO4J_STOPPED");
                out.flush();
            }
            stopped.countDown();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));
        watchStdin(stop);

        out.println("NEO4J_READY bolt://" + bolt.getHost() + ":" + bolt.getPort());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(0);
    }

    /** The parent keeps our stdin open for as long as it lives; EOF means it is gone. */
    private static void watchStdin(Runnable stop) {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // The parent never writes; anything read is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone too.
            }
            stop.run();
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String describe(Throwable error, String host, int port, Path home) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof java.net.BindException || message.contains("Address already in use")) {
                return "port " + host + ":" + port + " is already in use; stop what holds it or set NEO4J_EMBEDDED_PORT";
            }
            if (message.contains("lock") && message.contains("store")) {
                return "the store at " + home + " is locked by another Neo4j; stop it first";
            }
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "could not start: " + root.getClass().getSimpleName() + ": " + root.getMessage()
                + "; see " + home.resolve("logs");
    }

    private static void fail(PrintStream out, String reason) {
        out.println("NEO4J_ERROR " + reason.replace('\n', ' '));
        out.flush();
        System.exit(2);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                int eq = arg.indexOf('=');
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }
}
