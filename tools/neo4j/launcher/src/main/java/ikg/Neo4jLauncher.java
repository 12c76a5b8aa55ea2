package ikg;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j 5 Community with Bolt on 127.0.0.1 only, for tests and local use.
 *
 * <p>Usage: {@code java ikg.Neo4jLauncher HOME}. Environment: NEO4J_PASSWORD (required, at least 8 characters; set as the
 * initial password of user neo4j on the first start of HOME), NEO4J_BOLT_PORT (default 7687; 0 picks a free port),
 * NEO4J_AUTH_MAX_FAILED_ATTEMPTS (default 3), NEO4J_AUTH_LOCK_SECONDS (default 5) and NEO4J_PAGECACHE_MB (default 512). Prints {@code READY bolt://127.0.0.1:PORT}
 * once the default database is available; SIGTERM shuts the DBMS down cleanly and prints {@code STOPPED}.
 */
public final class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) fail("usage: java ikg.Neo4jLauncher HOME");
        Path home = Path.of(args[0]).toAbsolutePath();
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) fail("set NEO4J_PASSWORD to at least 8 characters");
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        if (port == 0) port = freeLoopbackPort();
        Path conf = Files.createDirectories(home.resolve("conf"));
        Files.createDirectories(home.resolve("import"));

        if (!Files.exists(home.resolve("data/dbms/auth.ini")) && !Files.exists(home.resolve("data/databases/system"))) {
            int status = AdminTool.execute(new ExecutionContext(home, conf), "dbms", "set-initial-password", password);
            if (status != 0) fail("set-initial-password exited " + status);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts,
                        Integer.parseInt(env("NEO4J_AUTH_MAX_FAILED_ATTEMPTS", "3")))
                .setConfig(GraphDatabaseSettings.auth_lock_time,
                        Duration.ofSeconds(Long.parseLong(env("NEO4J_AUTH_LOCK_SECONDS", "5"))))
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE_MB", "512"))))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("STOPPED");
        }));

        GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!database.isAvailable(120_000)) fail("database neo4j did not become available within 120 s");
        System.out.println("READY bolt://127.0.0.1:" + port);
        Thread.currentThread().join();
    }

    /** A port nothing listens on now; the advertised address must name it, so port 0 cannot be passed to Neo4j. */
    private static int freeLoopbackPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
