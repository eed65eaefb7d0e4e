/**
 * 议价 — bilateral negotiation: multi-issue offers under linear additive utilities, time-dependent and
 * tit-for-tat tactics, acceptance conditions, an automated two-agent alternating-offers simulation with
 * Nash/Pareto analysis, and a pure state machine for human-driven negotiations.
 *
 * <p>Sources: Faratin, Sierra &amp; Jennings, "Negotiation decision functions for autonomous agents",
 * Robotics and Autonomous Systems 24(3–4):159–182, 1998; the GENIUS BOA {@code TimeDependent} offering
 * strategy (Baarslag et al.); Baarslag, Hindriks &amp; Jonker, "Acceptance conditions in automated
 * negotiation", Complex Automated Negotiations, SCI 435, 2013; domain-notes §6.4.
 */
package org.dataprice.pricing.negotiation;
