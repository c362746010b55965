/**
 * Code that must be public for technical reasons (shared by several packages of the library) and
 * is not part of its supported API: it may change in any release.
 */
package io.doublerandom.internal;
