package org.dataprice.registry.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8785 (JCS) examples and the parser's refusals. */
class CanonicalJsonTest {

    /** RFC 8785 §3.2.2: the "literals" and "string" members of the example (the "numbers" member uses fractions, outside the subset). */
    @Test
    void test_write_rfc8785Section322Example() {
        String input = "{\n  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        Object parsed = JsonParser.parse(input.getBytes(StandardCharsets.UTF_8), "doc");
        assertThat(CanonicalJson.write(parsed))
                .isEqualTo("{\"literals\":[null,true,false],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    /** RFC 8785 §3.2.3: property sorting by UTF-16 code units. */
    @Test
    void test_write_rfc8785Section323Sorting() {
        String input = "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\","
                + " \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\","
                + " \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
        Object parsed = JsonParser.parse(input.getBytes(StandardCharsets.UTF_8), "doc");
        assertThat(CanonicalJson.write(parsed)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    /** RFC 8785 §3.2.2.3 (ECMAScript number serialisation): integers in plain decimal, minus zero as 0. */
    @Test
    void test_write_integersAsEcmaScript() {
        Object parsed = JsonParser.parse("[-0, 0, 1, -1, 9007199254740991, -9007199254740991]".getBytes(StandardCharsets.UTF_8), "doc");
        assertThat(CanonicalJson.write(parsed)).isEqualTo("[0,0,1,-1,9007199254740991,-9007199254740991]");
    }

    /** RFC 8785 §3.2.4: the UTF-8 bytes of {"Unnormalized Unicode":"A\u030a"} (no normalisation). */
    @Test
    void test_bytes_rfc8785Section324Utf8() {
        byte[] bytes = CanonicalJson.bytes(Map.of("Unnormalized Unicode", "A\u030a"));
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(
                "7b22556e6e6f726d616c697a656420556e69636f6465223a2241cc8a227d");
    }

    @Test
    void test_write_decimalsAsPlainStrings() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("share", new BigDecimal("0.250"));
        doc.put("big", new BigDecimal("1E+3"));
        doc.put("n", -9007199254740991L);
        assertThat(CanonicalJson.write(doc)).isEqualTo("{\"big\":\"1000\",\"n\":-9007199254740991,\"share\":\"0.250\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "4.50", "9007199254740992", "01", "[1,]", "{\"a\":1,\"a\":2}", "\"\\ud800\"",
            "tru", "{\"a\" 1}", "\"a\tb\"", "[1] x", "\"\\q\"", ""})
    void test_parse_refusesOutsideTheSubset(String text) {
        assertThatThrownBy(() -> JsonParser.parse(text.getBytes(StandardCharsets.UTF_8), "doc"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("doc"));
    }

    @Test
    void test_parse_invalidUtf8Refused() {
        assertThatThrownBy(() -> JsonParser.parse(new byte[] {'"', (byte) 0xC3, '"'}, "doc"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void test_parse_depthLimited() {
        String deep = "[".repeat(JsonParser.MAX_DEPTH + 2) + "]".repeat(JsonParser.MAX_DEPTH + 2);
        assertThatThrownBy(() -> JsonParser.parse(deep.getBytes(StandardCharsets.UTF_8), "doc"))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void test_write_refusesDoublesAndLoneSurrogates() {
        assertThatThrownBy(() -> CanonicalJson.write(List.of(1.5)))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.INVALID_FORMAT);
        assertThatThrownBy(() -> CanonicalJson.write("a\udc00"))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.INVALID_FORMAT);
    }

    /** Round trip on seeded random documents: parse(write(v)) writes the same canonical text, and the canonical text is a fixed point. */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_roundTrip_canonicalIsFixedPoint(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Object doc = randomValue(random, 0);
        String canonical = CanonicalJson.write(doc);
        Object back = JsonParser.parse(canonical.getBytes(StandardCharsets.UTF_8), "doc");
        assertThat(CanonicalJson.write(back)).as("seed %d", seed).isEqualTo(canonical);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 0x5eed_0000L + i);
    }

    private static Object randomValue(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 6);
        switch (kind) {
            case 0:
                return randomString(random);
            case 1:
                return random.nextLong(-JsonParser.MAX_SAFE_INTEGER, JsonParser.MAX_SAFE_INTEGER);
            case 2:
                return random.nextBoolean();
            case 3:
                return JsonNull.NULL;
            case 4: {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    map.put(randomString(random), randomValue(random, depth + 1));
                }
                return map;
            }
            default: {
                List<Object> list = new ArrayList<>();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(randomValue(random, depth + 1));
                }
                return list;
            }
        }
    }

    private static String randomString(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x60);
                case 2 -> 0xA0 + random.nextInt(0xD000);
                default -> 0x1F600 + random.nextInt(0x40);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
