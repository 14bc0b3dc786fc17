package io.jbindgen.abidiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Baselines that cannot be compared: each is refused with the file's name and what is wrong. */
class BadBaselineTest {
    private static final String GOOD = """
            {
              "target": "i386",
              "schemaVersion": 2,
              "records": [],
              "enums": [],
              "macros": [
                {"name": "A", "value": 18446744073709551615, "type": "unsigned long long"}
              ]
            }
            """;

    @Test
    void aGoodBaselineReads() throws BaselineException {
        LayoutDescription d = BaselineReader.read(GOOD, "abi/lguest.json", "i386");
        assertThat(d.target()).isEqualTo("i386");
        assertThat(d.macros().getFirst().value()).hasToString("18446744073709551615");
    }

    @Test
    void notJson() {
        assertThatThrownBy(() -> BaselineReader.read("{\n  \"target\": \"i386\",\n  oops\n}", "abi/lguest.json", "i386"))
                .isInstanceOf(BaselineException.class)
                .hasMessage("abi/lguest.json: not valid JSON: 3:3: expected a member name in double quotes");
        assertThatThrownBy(() -> BaselineReader.read("", "b.json", "i386"))
                .hasMessage("b.json: not valid JSON: 1:1: unexpected end of input");
        assertThatThrownBy(() -> BaselineReader.read("{\"target\": \"i386\"", "b.json", "i386"))
                .hasMessage("b.json: not valid JSON: 1:18: unexpected end of input, expected '}'");
        assertThatThrownBy(() -> BaselineReader.read("{} x", "b.json", "i386"))
                .hasMessage("b.json: not valid JSON: 1:4: unexpected text after the JSON value");
    }

    @Test
    void anotherSchemaVersion() {
        assertThatThrownBy(() -> BaselineReader.read(GOOD.replace("\"schemaVersion\": 2", "\"schemaVersion\": 3"),
                "b.json", "i386")).isInstanceOf(BaselineException.class)
                .hasMessage("b.json: schema version 3, but this jbindgen reads version 2"
                        + " (write the baseline again with --layout-json)");
        assertThatThrownBy(() -> BaselineReader.read(GOOD.replace("\"schemaVersion\": 2,", ""), "b.json", "i386"))
                .hasMessageStartingWith("b.json: no \"schemaVersion\": not a layout report of schema version 2");
    }

    @Test
    void anotherTarget() {
        assertThatThrownBy(() -> BaselineReader.read(GOOD, "abi/lguest.json", "x86_64"))
                .isInstanceOf(BaselineException.class)
                .hasMessage("abi/lguest.json: baseline is for target i386, not x86_64");
    }

    @Test
    void jsonThatIsNoLayoutReport() {
        assertThatThrownBy(() -> BaselineReader.read("[1, 2]", "b.json", "i386"))
                .hasMessage("b.json: the top level is not a JSON object");
        assertThatThrownBy(() -> BaselineReader.read(GOOD.replace("\"records\": [],", ""), "b.json", "i386"))
                .hasMessage("b.json: the top level has no \"records\"");
        assertThatThrownBy(() -> BaselineReader.read(GOOD.replace("\"value\": 18446744073709551615", "\"value\": \"x\""),
                "b.json", "i386")).hasMessage("b.json: \"value\" of macro A is not an integer");
    }
}
