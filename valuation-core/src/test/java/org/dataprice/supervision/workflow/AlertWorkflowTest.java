package org.dataprice.supervision.workflow;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every pair of statuses: the allowed moves pass, the others are refused naming {@code status}; reasons where required. */
class AlertWorkflowTest {
    @ParameterizedTest
    @CsvSource({
            "OPEN,ACKNOWLEDGED,true", "OPEN,ESCALATED,true", "OPEN,CLOSED,true", "OPEN,OPEN,false",
            "ACKNOWLEDGED,ESCALATED,true", "ACKNOWLEDGED,CLOSED,true", "ACKNOWLEDGED,OPEN,false",
            "ACKNOWLEDGED,ACKNOWLEDGED,false", "ESCALATED,CLOSED,true", "ESCALATED,ACKNOWLEDGED,false",
            "ESCALATED,OPEN,false", "ESCALATED,ESCALATED,false", "CLOSED,OPEN,false", "CLOSED,ACKNOWLEDGED,false",
            "CLOSED,ESCALATED,false", "CLOSED,CLOSED,false"})
    void test_next_allowsExactlyTheWorkflowMoves(AlertStatus from, AlertStatus to, boolean allowed) {
        if (allowed) {
            assertThat(AlertWorkflow.next(from, to, "checked the evidence")).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> AlertWorkflow.next(from, to, "checked the evidence"))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("status"))
                    .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.INVALID_STATE));
        }
    }

    @ParameterizedTest
    @CsvSource({"ESCALATED", "CLOSED"})
    void test_next_escalateOrClose_needsReason(AlertStatus to) {
        assertThatThrownBy(() -> AlertWorkflow.next(AlertStatus.OPEN, to, " "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> AlertWorkflow.next(AlertStatus.OPEN, to, "x".repeat(AlertWorkflow.MAX_REASON + 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.AT_MOST));
    }

    @ParameterizedTest
    @CsvSource({"OPEN"})
    void test_next_acknowledge_withoutReason(AlertStatus from) {
        assertThat(AlertWorkflow.next(from, AlertStatus.ACKNOWLEDGED, null)).isEqualTo(AlertStatus.ACKNOWLEDGED);
    }
}
