package id.meritasn.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A real SMTP server (GreenMail, in this JVM) and a sender pointed at it, for the notification tests. */
final class Mailbox implements AutoCloseable {

    /** One received message, as the tests read it. */
    record Received(String to, String subject, String body, String delivery) {}

    private final GreenMail server;
    final int port;

    Mailbox() {
        this.port = freePort();
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    List<Received> received() {
        return Arrays.stream(server.getReceivedMessages()).map(Mailbox::read).toList();
    }

    List<Received> to(String address) {
        return received().stream().filter(m -> m.to().equals(address)).toList();
    }

    void clear() {
        server.reset();
    }

    private static Received read(MimeMessage message) {
        try {
            String[] delivery = message.getHeader(MailComposer.DELIVERY_HEADER);
            return new Received(
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    String.valueOf(message.getContent()),
                    delivery == null ? "" : delivery[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
