package id.meritasn;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** MeritASN: the platform (backend module) with its Hilla UI, served together on one port. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
// the app's own classes (src/main/resources/META-INF/resources/styles.css), after Lumo's so that they win
@StyleSheet("styles.css")
@Meta(name = "description", content = "MeritASN: manajemen talenta ASN berbasis sistem merit")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
