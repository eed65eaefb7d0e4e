/**
 * 穿透式监管 — manipulation patterns looked for across deals, auctions and negotiations, with parties merged by
 * their declared beneficial owners: self-dealing, wash and circular trading (temporal cycles in the party–deal
 * graph within a window), round-trip price inflation, bid rotation and cover bidding in sealed-bid auctions, and
 * identical offer sequences in negotiations.
 */
package org.dataprice.supervision.pattern;
