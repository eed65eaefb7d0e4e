/**
 * The printable HTML rendering of a {@link org.dataprice.appraisal.ValuationReport}: plain Java, no framework,
 * no I/O, so that the service ({@code api}) renders it for HTML and PDF and the JMH benchmarks time it.
 */
package org.dataprice.appraisal.html;
