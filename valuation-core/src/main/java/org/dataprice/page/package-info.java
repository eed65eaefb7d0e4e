/**
 * Paging through a stored register (valuations, corrections, deals): which slice of an ordered list a read
 * asks for, checked before any row is read.
 */
package org.dataprice.page;
