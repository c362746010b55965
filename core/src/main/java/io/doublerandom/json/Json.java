package io.doublerandom.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.RegionCode;
import java.io.IOException;
import java.util.function.Function;

/**
 * The project's JSON configuration for the model types of {@code io.doublerandom.model}.
 *
 * <ul>
 *   <li>{@link java.util.Optional} fields (Jdk8Module): an empty optional is omitted on writing
 *       and a missing or {@code null} property reads as empty;
 *   <li>{@code java.time} values (JavaTimeModule) as ISO-8601 text, for example
 *       {@code "2024-06-30"}, never as timestamps;
 *   <li>entity identifiers and region codes as their plain string value, for example
 *       {@code "91350100M000100Y43"} and {@code "140105"};
 *   <li>map entries sorted by key, so output does not depend on map iteration order;
 *   <li>only declared properties: derived {@code isX()} methods such as
 *       {@code MarketEntity.isOperating()} are not written;
 *   <li>strict reading: unknown properties, duplicate keys and trailing tokens are errors;
 *   <li>compact output by default; {@link #prettyWriter()} indents with two spaces and
 *       {@code \n} line ends on every platform.
 * </ul>
 *
 * <p>{@link ObjectReader} and {@link ObjectWriter} are immutable and thread-safe, so the ones
 * returned here are shared; {@link #newMapper()} returns a fresh, mutable mapper each time.
 */
public final class Json {
  private static final ObjectMapper SHARED = newMapper();
  private static final ObjectWriter WRITER = SHARED.writer();
  private static final ObjectWriter PRETTY = SHARED.writer(prettyPrinter());
  private static final ObjectReader READER = SHARED.reader();

  private Json() {}

  /**
   * A new mapper with the project's configuration. Each call returns a distinct instance that
   * the caller may reconfigure without affecting anyone else.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(modelModule())
        // derived boolean methods such as MarketEntity.isOperating() are not properties
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }

  /** The shared, thread-safe writer producing compact JSON. */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /** The shared, thread-safe writer producing indented JSON with {@code \n} line ends. */
  public static ObjectWriter prettyWriter() {
    return PRETTY;
  }

  /** The shared, thread-safe reader; use {@code reader().forType(X.class)} for a type. */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * A Jackson failure in the project's words, never Jackson's: {@code line L, column C: } when
   * the position is known, then what was wrong and what was expected, for example {@code line 2,
   * column 3: unexpected character 'x'; expected a property name in double quotes}, {@code
   * missing required property 'to' (in manifest)}, {@code arrays and objects are nested deeper
   * than the limit of 1,000 levels} or {@code a text value is longer than the limit of
   * 20,000,000 characters}. Readers prefix the name of the input.
   */
  public static String describe(JsonProcessingException e) {
    return JsonProblems.describe(e);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static SimpleModule modelModule() {
    SimpleModule module = new SimpleModule("doublerandom-model");
    module.addSerializer(EntityId.class, new StringValueSerializer<>(EntityId::value));
    module.addDeserializer(EntityId.class,
        new StringValueDeserializer<>(EntityId.class, EntityId::parse));
    module.addSerializer(RegionCode.class, new StringValueSerializer<>(RegionCode::value));
    module.addDeserializer(RegionCode.class,
        new StringValueDeserializer<>(RegionCode.class, RegionCode::of));
    return module;
  }

  /** Writes a value as its string form. */
  private static final class StringValueSerializer<T> extends JsonSerializer<T> {
    private final Function<T, String> toText;

    StringValueSerializer(Function<T, String> toText) {
      this.toText = toText;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(toText.apply(value));
    }
  }

  /** Reads a value from a JSON string; a parse failure becomes a mapping error naming it. */
  private static final class StringValueDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parser;

    StringValueDeserializer(Class<T> type, Function<String, T> parser) {
      this.type = type;
      this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getText();
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
      }
    }
  }
}
