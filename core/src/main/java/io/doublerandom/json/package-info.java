/** The project's Jackson configuration for the model types ({@link io.doublerandom.json.Json}). */
package io.doublerandom.json;
