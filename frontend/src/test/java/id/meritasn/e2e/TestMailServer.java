package id.meritasn.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * The end-to-end tests' SMTP server: GreenMail in this JVM, started once for the shared platform context, so the
 * notifications the platform sends can be read back.
 */
final class TestMailServer {

    /** One received message: to whom, its subject and body, and the agency/delivery it names. */
    record Mail(String to, String subject, String body, String delivery) {

        String agency() {
            return delivery.substring(0, delivery.indexOf('/'));
        }
    }

    private static GreenMail server;
    private static int port;

    private TestMailServer() {}

    static synchronized int start() {
        if (server == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return port;
    }

    static List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages())
                .map(TestMailServer::read)
                .toList();
    }

    static List<Mail> to(String address) {
        return received().stream().filter(m -> m.to().equals(address)).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            String[] delivery = message.getHeader("X-MeritASN-Delivery");
            return new Mail(
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    String.valueOf(message.getContent()),
                    delivery == null ? "/" : delivery[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
