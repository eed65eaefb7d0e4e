package org.dataprice.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dataprice.appraisal.driver.EngagementDrivers;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;

/**
 * The engagement's parties (issue 13): the client (委托人) and up to two signing appraisers, optional, validated in the
 * core and hashed only when present.
 */
class EngagementPartiesTest {
    /**
     * The input hash of {@link AppraisalTest#sut()} as computed by the release before the parties existed (commit
     * 1663165, run on that tree): an engagement without parties must keep its hash, or every stored valuation's
     * re-issue would show another input hash.
     */
    private static final String HASH_BEFORE_PARTIES = "56f878376f960ff0e0e154674c50582fca66c82a9ca7a1c8b3d2063f9486e754";

    private static final Signatory ZHANG = new Signatory("张伟 Zhang Wei", "50180012");
    private static final Signatory LI = new Signatory("李娜 Li Na", "50180034");

    private static String hash(Engagement e) {
        return Appraisal.DEFAULT.run(e).inputHash();
    }

    @Test
    void test_inputHash_withoutParties_isTheHashBeforeTheyExisted() {
        Engagement e = AppraisalTest.sut().build();
        assertThat(e.client()).isNull();
        assertThat(e.signatories()).isEmpty();
        assertThat(hash(e)).isEqualTo(HASH_BEFORE_PARTIES);
        assertThat(hash(AppraisalTest.sut().client(null).build())).isEqualTo(HASH_BEFORE_PARTIES);
    }

    @Test
    void test_inputHash_eachPartyFieldEntersTheHash() {
        String base = hash(AppraisalTest.sut().build());
        String client = hash(AppraisalTest.sut().client("某数据科技有限公司").build());
        String one = hash(AppraisalTest.sut().signatory(ZHANG).build());
        String two = hash(AppraisalTest.sut().signatory(ZHANG).signatory(LI).build());
        String swapped = hash(AppraisalTest.sut().signatory(LI).signatory(ZHANG).build());
        String otherName = hash(AppraisalTest.sut().signatory(new Signatory("张伟", "50180012")).build());
        String otherNumber = hash(AppraisalTest.sut().signatory(new Signatory("张伟 Zhang Wei", "50180013")).build());
        assertThat(List.of(base, client, one, two, swapped, otherName, otherNumber)).doesNotHaveDuplicates();
        assertThat(hash(AppraisalTest.sut().client("某数据科技有限公司").build())).isEqualTo(client);
    }

    @Test
    void test_parties_keptByTheEngagementAndTheDrivers() {
        Engagement e = AppraisalTest.sut().client("某数据科技有限公司").signatory(ZHANG).signatory(LI).build();
        assertThat(e.client()).isEqualTo("某数据科技有限公司");
        assertThat(e.signatories()).containsExactly(ZHANG, LI);
        EngagementDrivers drivers = new EngagementDrivers(e);
        double[] moved = drivers.baseValues().stream().mapToDouble(Double::doubleValue).toArray();
        moved[0] = moved[0] * 1.1;
        Engagement applied = drivers.apply(moved);
        assertThat(applied).isNotSameAs(e);
        assertThat(applied.client()).isEqualTo(e.client());
        assertThat(applied.signatories()).isEqualTo(e.signatories());
    }

    @Test
    void test_signatories_atMostTwo() {
        assertThatThrownBy(() -> AppraisalTest.sut().signatory(ZHANG).signatory(LI).signatory(new Signatory("王芳", "50180056")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, x -> {
                    assertThat(x.field()).isEqualTo("signatories");
                    assertThat(x.rule()).isEqualTo(Rule.AT_MOST);
                });
    }

    @Test
    void test_signatories_distinctRegistrationNumbers() {
        assertThatThrownBy(() -> AppraisalTest.sut().signatory(ZHANG).signatory(new Signatory("李娜", ZHANG.registrationNumber())).build())
                .isInstanceOfSatisfying(InvalidInputException.class, x -> {
                    assertThat(x.field()).isEqualTo("signatories[1].registrationNumber");
                    assertThat(x.rule()).isEqualTo(Rule.DUPLICATE);
                });
    }

    @Test
    void test_signatories_noNulls() {
        assertThatThrownBy(() -> AppraisalTest.sut().signatory(null).build()).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.field()).isEqualTo("signatories[0]"));
    }

    @Test
    void test_client_notBlankAndBounded() {
        assertThatThrownBy(() -> AppraisalTest.sut().client(" ").build()).isInstanceOfSatisfying(InvalidInputException.class, x -> {
            assertThat(x.field()).isEqualTo("client");
            assertThat(x.rule()).isEqualTo(Rule.EMPTY);
        });
        assertThat(AppraisalTest.sut().client("c".repeat(Engagement.MAX_CLIENT)).build().client()).hasSize(Engagement.MAX_CLIENT);
        assertThatThrownBy(() -> AppraisalTest.sut().client("c".repeat(Engagement.MAX_CLIENT + 1)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, x -> {
                    assertThat(x.field()).isEqualTo("client");
                    assertThat(x.rule()).isEqualTo(Rule.AT_MOST);
                });
    }

    @Test
    void test_signatory_fieldsNotBlankAndBounded() {
        assertThatThrownBy(() -> new Signatory("", "1")).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new Signatory("n", " ")).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.field()).isEqualTo("registrationNumber"));
        assertThatThrownBy(() -> new Signatory(null, "1")).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.field()).isEqualTo("name"));
        assertThat(new Signatory("n".repeat(Signatory.MAX_NAME), "1".repeat(Signatory.MAX_REGISTRATION_NUMBER)).name())
                .hasSize(Signatory.MAX_NAME);
        assertThatThrownBy(() -> new Signatory("n".repeat(Signatory.MAX_NAME + 1), "1")).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.rule()).isEqualTo(Rule.AT_MOST));
        assertThatThrownBy(() -> new Signatory("n", "1".repeat(Signatory.MAX_REGISTRATION_NUMBER + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> {
                    assertThat(x.field()).isEqualTo("registrationNumber");
                    assertThat(x.rule()).isEqualTo(Rule.AT_MOST);
                });
    }
}
