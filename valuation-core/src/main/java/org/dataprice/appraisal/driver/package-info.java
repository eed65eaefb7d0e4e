/**
 * Named drivers of an appraisal engagement (评估参数敏感性): the inputs a sensitivity table, tornado, scenario set
 * or Monte Carlo moves ({@link org.dataprice.appraisal.driver.EngagementDriver}), and
 * {@link org.dataprice.appraisal.driver.EngagementDrivers}, which moves an
 * {@link org.dataprice.appraisal.Engagement} directly in the core model and values it as
 * {@link org.dataprice.appraisal.Appraisal#run} would, without explanations, once per draw.
 */
package org.dataprice.appraisal.driver;
