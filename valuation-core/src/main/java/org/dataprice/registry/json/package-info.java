/**
 * Canonical JSON for signed registry documents: the RFC 8785 JSON Canonicalization Scheme (JCS) for the
 * subset the registry writes (objects, arrays, strings, integers, booleans, null; decimals travel as
 * strings), and a strict, bounded RFC 8259 / RFC 7493 (I-JSON) parser that reads such documents back.
 *
 * <p>Why not Jackson: the core modules are pure Java (DESIGN.md §2, {@code CorePurityTest}), and a
 * signature over JSON needs byte-exact control of member order, escaping and number form that a general
 * mapper does not promise. The service keeps Jackson for its HTTP bodies; this package only serves the
 * bytes that are hashed or signed.
 */
package org.dataprice.registry.json;
