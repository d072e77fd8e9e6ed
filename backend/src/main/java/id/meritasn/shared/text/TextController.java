package id.meritasn.shared.text;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL of a server text: its arguments as a list of name and value (GraphQL has no map type). */
@Controller
class TextController {

    record TextArg(String name, String value) {}

    @SchemaMapping(typeName = "ServerText", field = "args")
    List<TextArg> args(Text text) {
        return text.args().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new TextArg(e.getKey(), e.getValue()))
                .toList();
    }
}
