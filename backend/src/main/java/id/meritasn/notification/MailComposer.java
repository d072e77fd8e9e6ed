package id.meritasn.notification;

import id.meritasn.notification.NotificationRepository.Delivery;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Writes one delivery as a plain-text e-mail in the recipient's language. */
@Component
class MailComposer {

    /** Names the delivery in every message, so a message sent twice (a crash after sending) can be recognised. */
    static final String DELIVERY_HEADER = "X-MeritASN-Delivery";

    private final NotificationProperties properties;

    MailComposer(NotificationProperties properties) {
        this.properties = properties;
    }

    MimeMessage compose(JavaMailSender sender, String agency, String agencyName, Delivery delivery) {
        Notice notice = delivery.notice();
        boolean english = delivery.language().startsWith("en");
        Map<String, String> args = new HashMap<>(notice.args());
        args.putIfAbsent("agencyName", agencyName);
        String body = notice.kind().with(flatten(args)).in(delivery.language());
        String link = properties.baseUrl() + notice.link();
        String settings = properties.baseUrl() + "/notifikasi";
        String text = english
                ? "Dear " + delivery.username() + ",\n\n" + body + "\n\nOpen: " + link + "\n\n-- \nMeritASN, "
                        + agencyName + "\nYou receive this message because of your role at " + agencyName
                        + ". Choose what you receive: " + settings + "\n"
                : "Yth. " + delivery.username() + ",\n\n" + body + "\n\nBuka: " + link + "\n\n-- \nMeritASN, "
                        + agencyName + "\nAnda menerima pesan ini karena peran Anda di " + agencyName
                        + ". Atur pemberitahuan yang Anda terima: " + settings + "\n";
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(delivery.email());
            helper.setSubject(notice.kind().subject(delivery.language(), args));
            helper.setText(text);
            message.setHeader(DELIVERY_HEADER, agency + "/" + delivery.id());
            return message;
        } catch (MessagingException e) {
            throw new IllegalArgumentException(
                    "Cannot write message " + agency + "/" + delivery.id() + ": " + e.getMessage(), e);
        }
    }

    private static Object[] flatten(Map<String, String> args) {
        return args.entrySet().stream()
                .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                .toArray();
    }
}
