/**
 * One entry point for contribution measures (Shapley by the best route, Banzhaf, nucleolus, least
 * core), returning a uniform result for the service.
 */
package org.dataprice.split.contribution;
