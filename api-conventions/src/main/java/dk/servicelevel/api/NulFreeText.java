package dk.servicelevel.api;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every text of a JSON body is refused when it holds U+0000: PostgreSQL cannot store it, and a body that names the
 * field at fault (400) beats a write that fails half-way.
 */
@Singleton
public class NulFreeText implements ObjectMapperCustomizer {

    public static final char NUL = '\0';

    @Override
    public void customize(ObjectMapper json) {
        json.registerModule(new SimpleModule("nul-free-text").addDeserializer(String.class, new Text()));
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf(NUL) >= 0) {
                throw InvalidFormatException.from(parser, "A text holds U+0000", text, String.class);
            }
            return text;
        }
    }
}
