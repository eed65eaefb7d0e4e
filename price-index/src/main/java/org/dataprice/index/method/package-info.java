/**
 * The string-keyed entry point for services: {@link org.dataprice.index.method.IndexMethods} turns
 * {@link org.dataprice.index.IndexSettings} (method name and parameters, as stored with an index
 * definition) into an {@link org.dataprice.index.IndexMethod}, rejecting unknown methods, unknown
 * parameters and invalid values (IndexNumR issue #83: a misspelt argument silently ignored).
 */
package org.dataprice.index.method;
