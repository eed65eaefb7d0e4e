/**
 * 溯源 — provenance: tracing a registered data product back through the registrations it was derived from
 * to its original sources, and checking each authorised source against the authorisation ledger (plan §6:
 * 数据携带、授权、存证及溯源).
 */
package org.dataprice.registry.provenance;
