/** The service's one clock ({@link org.dataprice.api.time.ServiceClock}). */
package org.dataprice.api.time;
