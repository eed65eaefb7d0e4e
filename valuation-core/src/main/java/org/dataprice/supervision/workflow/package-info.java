/**
 * The workflow of a supervision alert (open → acknowledged → escalated / closed with a reason): the allowed moves,
 * checked here, stored append-only by the service.
 */
package org.dataprice.supervision.workflow;
