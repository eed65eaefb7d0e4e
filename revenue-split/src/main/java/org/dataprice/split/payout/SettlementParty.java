package org.dataprice.split.payout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A party of a recorded settlement and the principals that may read its statements (对账单的查阅人).
 * The principals are opaque names to the core (the service gives them meaning, e.g. an API key id or a
 * JWT subject); the core only guarantees that each is named once, so that "who may read" is a set.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>no principals</td><td>allowed: only a privileged reader sees the statements</td></tr>
 *   <tr><td>a principal named twice</td><td>{@code duplicate} on {@code principals[j]}, the second occurrence</td></tr>
 *   <tr><td>blank id or principal</td><td>{@code not-blank} on {@code id} / {@code principals[j]}</td></tr>
 * </table>
 *
 * <p>Source: the party roster of a revenue-sharing agreement (分配协议), as in 数据二十条 (2022) §14 on the
 * parties' shares of data revenue. Immutable and thread-safe.
 *
 * @param id         the party's name as used in the terms; not blank
 * @param principals the principal names that may read its statements, distinct; copied
 */
public record SettlementParty(String id, List<String> principals) {
    /** Validates and copies. */
    public SettlementParty {
        Require.notBlank(id, "id");
        principals = Require.copyOf(principals, "principals");
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < principals.size(); j++) {
            String principal = principals.get(j);
            Require.notBlank(principal, "principals[" + j + "]");
            Require.that(seen.add(principal), "principals[" + j + "]", principal, Rule.DUPLICATE, principal);
        }
    }
}
