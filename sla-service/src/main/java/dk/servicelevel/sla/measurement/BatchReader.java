package dk.servicelevel.sla.measurement;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a batch of samples from its JSON with Jackson's streaming parser, into the same {@link Sample} records data
 * binding would make, at a fraction of its cost: data binding spent most of ingestion's time on its generic machinery
 * and on java.time's formatter, which allocates a map per instant. Accepts what data binding accepted (unknown fields
 * ignored; instants as ISO-8601 text or epoch seconds) and refuses the same, naming the field as
 * {@code samples[3].interface}.
 */
public final class BatchReader {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long SECONDS_PER_MINUTE = 60;
    private static final int NANO_DIGITS = 9;
    private static final int SHORTEST_INSTANT = "2026-11-02T07:00:00Z".length();

    private final JsonFactory json;

    public BatchReader(JsonFactory json) {
        this.json = json;
    }

    public MeasurementBatch read(byte[] body) throws IOException {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw wrongForm(parser, "The body must be a batch: an object with samples");
            }
            List<Sample> samples = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("samples".equals(field)) {
                    samples = samples(parser, value);
                } else {
                    parser.skipChildren();
                }
            }
            return new MeasurementBatch(samples);
        }
    }

    private List<Sample> samples(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_ARRAY) {
            throw at(wrongForm(parser, "samples must be an array"), "samples", -1);
        }
        List<Sample> samples = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            try {
                samples.add(token == JsonToken.VALUE_NULL ? null : sample(parser, token));
            } catch (JsonMappingException e) {
                throw at(e, "samples", samples.size());
            }
        }
        return samples;
    }

    private Sample sample(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw wrongForm(parser, "A sample must be an object");
        }
        String system = null;
        MeasuredInterface measuredAt = null;
        String operation = null;
        UserClass userClass = null;
        Instant at = null;
        Long durationMs = null;
        Boolean ok = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            try {
                switch (field) {
                    case "system" -> system = text(parser, value);
                    case "interface" -> measuredAt = oneOf(MeasuredInterface.class, parser, value);
                    case "operation" -> operation = text(parser, value);
                    case "userClass" -> userClass = oneOf(UserClass.class, parser, value);
                    case "at" -> at = instant(parser, value);
                    case "durationMs" -> durationMs = whole(parser, value);
                    case "ok" -> ok = truth(parser, value);
                    default -> parser.skipChildren();
                }
            } catch (JsonMappingException e) {
                throw at(e, field, -1);
            }
        }
        return new Sample(system, measuredAt, operation, userClass, at, durationMs, ok);
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw wrongForm(parser, "must be text");
        }
        return parser.getText();
    }

    private static <E extends Enum<E>> E oneOf(Class<E> values, JsonParser parser, JsonToken value) throws IOException {
        String name = text(parser, value);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(values, name);
        } catch (IllegalArgumentException e) {
            throw wrongForm(parser, "is not one of the " + values.getSimpleName() + " values");
        }
    }

    private static Long whole(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw wrongForm(parser, "must be a whole number");
        }
        return parser.getLongValue();
    }

    private static Boolean truth(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw wrongForm(parser, "must be true or false");
        };
    }

    /** An instant as ISO-8601 text ("2026-11-02T07:00:00.120Z", or with an offset) or as epoch seconds. */
    private static Instant instant(JsonParser parser, JsonToken value) throws IOException {
        try {
            return switch (value) {
                case VALUE_NULL -> null;
                case VALUE_NUMBER_INT -> Instant.ofEpochSecond(parser.getLongValue());
                case VALUE_NUMBER_FLOAT -> epochSeconds(parser.getDecimalValue());
                case VALUE_STRING -> instant(parser.getText());
                default -> throw wrongForm(parser, "must be an instant");
            };
        } catch (DateTimeException | ArithmeticException e) {
            throw wrongForm(parser, "must be an instant");
        }
    }

    private static Instant epochSeconds(BigDecimal seconds) {
        long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
        return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(NANO_DIGITS).intValue());
    }

    /** "yyyy-MM-ddTHH:mm:ss[.fraction]Z" read directly; anything else by java.time's ISO_INSTANT, as data binding did. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < SHORTEST_INSTANT || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        }
        int nanos = 0;
        if (length > SHORTEST_INSTANT) {
            int digits = length - SHORTEST_INSTANT - 1;
            if (text.charAt(SHORTEST_INSTANT - 1) != '.' || digits < 1 || digits > NANO_DIGITS) {
                return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
            }
            nanos = digits(text, SHORTEST_INSTANT, digits);
            for (int i = digits; i < NANO_DIGITS; i++) {
                nanos *= 10;
            }
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeException("Not a time of day: " + text);
        }
        long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)).toEpochDay();
        return Instant.ofEpochSecond(day * SECONDS_PER_DAY + hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + second, nanos);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("Not a digit at " + i + ": " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static MismatchedInputException wrongForm(JsonParser parser, String message) {
        return MismatchedInputException.from(parser, Sample.class, message);
    }

    private static JsonMappingException at(JsonMappingException e, String field, int index) {
        if (index >= 0) {
            e.prependPath(new JsonMappingException.Reference(null, index));
        }
        e.prependPath(new JsonMappingException.Reference(null, field));
        return e;
    }
}
