/** Identifiers of stored records ({@link org.dataprice.api.id.RecordIds}). */
package org.dataprice.api.id;
