package newsfacts.aws;

import org.junit.jupiter.api.Test;

import javax.net.ssl.HttpsURLConnection;
import java.net.HttpURLConnection;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

class ClientsTest {
    @Test
    void plainHttpConnectionHasTimeoutsAndNoTls() throws Exception {
        HttpURLConnection connection = Clients.open(URI.create("http://127.0.0.1:9/table"));
        assertFalse(connection instanceof HttpsURLConnection);
        assertEquals(5_000, connection.getConnectTimeout());
        assertEquals(30_000, connection.getReadTimeout());
    }

    @Test
    void httpsConnectionUsesTheJdkDefaultTls() throws Exception {
        HttpURLConnection connection = Clients.open(URI.create("https://dynamodb.eu-west-1.amazonaws.com/"));
        HttpsURLConnection https = assertInstanceOf(HttpsURLConnection.class, connection);
        // the JDK's trust store and host-name check, not a trust-everything factory
        assertSame(HttpsURLConnection.getDefaultSSLSocketFactory(), https.getSSLSocketFactory());
        assertSame(HttpsURLConnection.getDefaultHostnameVerifier(), https.getHostnameVerifier());
        assertEquals(30_000, https.getReadTimeout());
    }
}
