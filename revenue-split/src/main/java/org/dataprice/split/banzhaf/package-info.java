/** The Banzhaf value (班扎夫值), raw and normalised, exact and in closed form. */
package org.dataprice.split.banzhaf;
