package newsgraph.neo4jlocal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded, with only its Bolt connector open on 127.0.0.1, for machines without
 * Docker. Prints one line "NEO4J_LOCAL_READY bolt://127.0.0.1:PORT" when Bolt accepts connections and
 * shuts the database down cleanly on SIGTERM or SIGINT.
 *
 * <p>Usage: java -cp 'target/classes:target/lib/*' newsgraph.neo4jlocal.Neo4jLocal --data DIR --port N
 * [--pagecache 256m] [--tx-timeout 5s] [--watch-parent PID]
 */
public final class Neo4jLocal {
  private Neo4jLocal() {}

  public static void main(String[] args) {
    Map<String, String> opts = parse(args);
    Path dataDir = Path.of(opts.getOrDefault("--data", "data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(opts.getOrDefault("--port", "7687"));
    String pageCache = opts.getOrDefault("--pagecache", "256m");
    String txTimeout = opts.getOrDefault("--tx-timeout", "0");

    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      fail("cannot create the data folder " + dataDir + ": " + e.getMessage());
    }

    // One launcher per data folder: a second one fails at once with a clear message, before Neo4j starts.
    FileLock folderLock = lockDataFolder(dataDir);

    if (!portFree(port)) {
      fail("port " + port + " on 127.0.0.1 is already in use; set NEO4J_LOCAL_PORT to a free port or stop what holds it");
    }

    Map<String, String> config = new HashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + port);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    config.put("server.bolt.tls_level", "DISABLED");
    config.put("server.http.enabled", "false");
    config.put("server.https.enabled", "false");
    config.put("dbms.usage_report.enabled", "false");
    // Loopback only, a developer's own data: no password to hand around.
    config.put("dbms.security.auth_enabled", "false");
    config.put("server.memory.pagecache.size", pageCache);
    config.put("db.transaction.timeout", txTimeout);
    config.put("db.logs.query.enabled", "OFF");
    // Stop within a couple of seconds: open transactions get 1 s to end, then are terminated.
    config.put("db.shutdown_transaction_end_timeout", "1s");
    // Netty waits a 5 s quiet period by default before Bolt closes; a local database needs none.
    config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    config.put("internal.dbms.bolt.netty_server_shutdown_timeout", "2s");
    config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");

    DatabaseManagementService dbms;
    try {
      // Settings go through a generated neo4j.conf: the embedded builder takes raw names only from a file.
      Path conf = dataDir.resolve("neo4j.conf");
      StringBuilder text = new StringBuilder("# written by the newsgraph local Neo4j launcher at each start\n");
      config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
      Files.writeString(conf, text.toString());
      dbms = new DatabaseManagementServiceBuilder(dataDir.resolve("db")).loadPropertiesFromFile(conf).build();
    } catch (IOException e) {
      fail("cannot write the configuration in " + dataDir + ": " + e.getMessage());
      return;
    } catch (RuntimeException e) {
      fail("Neo4j could not start on " + dataDir + ": " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService service = dbms;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEO4J_LOCAL_STOPPING");
                  try {
                    service.shutdown();
                  } finally {
                    releaseQuietly(folderLock);
                    try {
                      Files.deleteIfExists(dataDir.resolve("neo4j-local.lock"));
                    } catch (IOException ignored) {
                      // left behind unlocked: harmless, the next start locks it again
                    }
                    stopped.countDown();
                    System.out.println("NEO4J_LOCAL_STOPPED");
                    System.out.flush();
                  }
                },
                "neo4j-local-shutdown"));

    // Bolt answers once the default database is available.
    service.database("neo4j").executeTransactionally("RETURN 1");
    System.out.println("NEO4J_LOCAL_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // When the process that started us goes away (even by SIGKILL), stop too: no Java left behind.
    String parent = opts.get("--watch-parent");
    if (parent != null) {
      long parentPid = Long.parseLong(parent);
      Thread watcher =
          new Thread(
              () -> {
                while (true) {
                  boolean alive = ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
                  if (!alive) {
                    System.exit(0);
                  }
                  try {
                    Thread.sleep(1000);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "neo4j-local-parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static FileLock lockDataFolder(Path dataDir) {
    Path lockFile = dataDir.resolve("neo4j-local.lock");
    try {
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        fail("the data folder " + dataDir + " is in use by another local Neo4j; stop it first or use another NEO4J_LOCAL_DATA");
      }
      return lock;
    } catch (OverlappingFileLockException | IOException e) {
      fail("the data folder " + dataDir + " cannot be locked: " + e.getMessage());
      return null;
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void releaseQuietly(FileLock lock) {
    try {
      if (lock != null) {
        lock.release();
        lock.channel().close();
      }
    } catch (IOException ignored) {
      // the process is ending; the OS frees the lock anyway
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      sb.append(" <- ").append(t.getMessage());
    }
    return sb.toString();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      out.put(args[i], args[i + 1]);
    }
    return out;
  }

  private static void fail(String message) {
    System.err.println("NEO4J_LOCAL_ERROR " + message);
    System.err.flush();
    System.exit(2);
  }
}
