package org.dataprice.split.game;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid input per validation rule of the games, asserting the exception type and field. */
class GameValidationTest {
    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of((Executable) () -> GloveGame.of(0, 2), InvalidInputException.class, "left"),
                Arguments.of((Executable) () -> GloveGame.of(40, 40), LimitExceededException.class, "players"),
                Arguments.of((Executable) () -> BankruptcyGame.of(700, 100, 200, 300), InvalidInputException.class, "estate"),
                Arguments.of((Executable) () -> BankruptcyGame.of(1, -1, 2), InvalidInputException.class, "claims[0]"),
                Arguments.of((Executable) () -> AirportGame.of(1, Double.POSITIVE_INFINITY), InvalidInputException.class, "costs[1]"),
                Arguments.of((Executable) () -> AirportGame.of(-1), InvalidInputException.class, "costs[0]"),
                Arguments.of((Executable) () -> SynergyGame.of(new double[] {1, 2}, new double[][] {{0, 1}, {2, 0}}),
                        InvalidInputException.class, "pairwise[1][0]"),
                Arguments.of((Executable) () -> SynergyGame.of(new double[] {1}, new double[][] {{1}}),
                        InvalidInputException.class, "pairwise[0][0]"),
                Arguments.of((Executable) () -> SynergyGame.of(new double[] {1, 2}, new double[][] {{0, 1}}),
                        InvalidInputException.class, "pairwise"),
                Arguments.of((Executable) () -> UnanimityGame.of(2, new long[] {1, 1}, new double[] {1, 2}),
                        InvalidInputException.class, "carriers[1]"),
                Arguments.of((Executable) () -> UnanimityGame.of(2, new long[] {4}, new double[] {1}),
                        InvalidInputException.class, "carriers[0]"),
                Arguments.of((Executable) () -> UnanimityGame.of(2, new long[] {1}, new double[] {1, 2}),
                        InvalidInputException.class, "dividends"),
                Arguments.of((Executable) () -> Game.of(0, s -> 0), InvalidInputException.class, "players"),
                Arguments.of((Executable) () -> Game.of(63, s -> 0), LimitExceededException.class, "players"),
                Arguments.of((Executable) () -> Game.of(2, null), InvalidInputException.class, "function"),
                Arguments.of((Executable) () -> WeightedMajorityGame.of(0, 1, 2), InvalidInputException.class, "quota"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void test_of_invalidInput(Executable call, Class<? extends DatapriceException> type, String field) {
        assertThatThrownBy(call::execute).isInstanceOf(type)
                .extracting(e -> ((DatapriceException) e).field()).isEqualTo(field);
    }
}
