/**
 * Issued documents: the exact bytes of every report rendering the service hands out, stored when first
 * issued, chained in the {@code documents} ledger, and answered unchanged ever after. A newer rendering is an
 * explicit new revision that keeps the old one.
 */
package org.dataprice.api.document;
