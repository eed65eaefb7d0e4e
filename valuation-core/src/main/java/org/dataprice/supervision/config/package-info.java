/**
 * The exchange's configured, versioned supervision rules ({@link org.dataprice.supervision.config.SupervisionRules}):
 * severities and parameters by rule id, revised into new versions, built into the core's rule set and screens.
 */
package org.dataprice.supervision.config;
