/**
 * The demo market ({@code DATAPRICE_DEMO=true}): the scenario's requests ({@link org.dataprice.api.demo.DemoScenario})
 * and the seed that sends them through the services ({@link org.dataprice.api.demo.DemoSeeder}). No domain rule
 * lives here.
 */
package org.dataprice.api.demo;
