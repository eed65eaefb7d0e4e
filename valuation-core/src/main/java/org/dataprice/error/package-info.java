/**
 * Errors: {@link org.dataprice.error.DatapriceException} and its subtypes, the {@link org.dataprice.error.Rule}
 * enum of messages, and {@link org.dataprice.error.Require}, the one class of validation checks.
 */
package org.dataprice.error;
