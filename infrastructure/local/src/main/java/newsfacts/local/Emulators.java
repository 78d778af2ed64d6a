package newsfacts.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two emulators of the embedded stack, on loopback: s3proxy (S3 API) and DynamoDB Local, both
 * from Maven Central. With a data folder they keep their state across restarts; without, in memory.
 */
public final class Emulators implements AutoCloseable {
    public static final String ACCESS_KEY = "test";
    public static final String SECRET_KEY = "test";

    private final S3Proxy s3;
    private final String[] dynamoArgs;
    private DynamoDBProxyServer dynamo;
    private final URI s3Endpoint;
    private final URI dynamoEndpoint;

    private Emulators(S3Proxy s3, URI s3Endpoint, String[] dynamoArgs, URI dynamoEndpoint) throws Exception {
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.dynamoArgs = dynamoArgs;
        this.dynamoEndpoint = dynamoEndpoint;
        startDynamo();
    }

    /** Starts (or restarts, on the same port and data) DynamoDB Local. */
    public synchronized void startDynamo() throws Exception {
        if (dynamo != null) return;
        dynamo = ServerRunner.createServerFromCommandLineArgs(dynamoArgs);
        dynamo.start();
    }

    /** Stops DynamoDB Local, as an outage would: its clients get connection errors until it starts again. */
    public synchronized void stopDynamo() throws Exception {
        if (dynamo == null) return;
        dynamo.stop();
        dynamo = null;
    }

    /** Port 0 picks a free port. {@code dataDir} null keeps everything in memory. */
    public static Emulators start(Path dataDir, int s3Port, int dynamoPort) throws Exception {
        quietLogs();
        // s3proxy's file store lists nothing under a relative root (reads and writes still work: a watcher
        // never sees an upload, and `up` runs in `.local-data`) and refuses requests under a root with "..".
        if (dataDir != null) dataDir = dataDir.toAbsolutePath().normalize();
        var blobs = dataDir == null ? new TransientNio2BlobStore()
                : new FilesystemNio2BlobStore(Files.createDirectories(dataDir.resolve("s3")).toString());
        S3Proxy s3 = S3Proxy.builder().blobStore(blobs)
                .endpoint(URI.create("http://127.0.0.1:" + s3Port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(true)
                .build();
        s3.start();
        for (int i = 0; i < 200 && !"STARTED".equals(s3.getState()); i++) Thread.sleep(25);
        if (!"STARTED".equals(s3.getState())) throw new IllegalStateException("s3proxy did not start: " + s3.getState());

        int port = dynamoPort == 0 ? freePort() : dynamoPort;
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(port)));
        if (dataDir == null) args.add("-inMemory");
        else args.addAll(List.of("-dbPath", Files.createDirectories(dataDir.resolve("dynamodb")).toString(), "-sharedDb"));
        return new Emulators(s3, URI.create("http://127.0.0.1:" + s3.getPort()), args.toArray(String[]::new), URI.create("http://127.0.0.1:" + port));
    }

    public URI s3Endpoint() { return s3Endpoint; }

    public URI dynamoEndpoint() { return dynamoEndpoint; }

    @Override
    public void close() throws Exception {
        stopDynamo();
        s3.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The emulators log every request at debug level, which slows large uploads tenfold. */
    private static void quietLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.eclipse.jetty.LEVEL", "WARN");
        System.setProperty("log4j2.level", "WARN");
        // DynamoDB Local loads sqlite4java's native library from the folder the jars were copied to
        if (System.getProperty("sqlite4java.library.path") == null) {
            Path lib = Natives.folder();
            if (lib != null) System.setProperty("sqlite4java.library.path", lib.toString());
        }
    }
}
