/**
 * Inspection results (检查结果): the result catalogue as data ({@link
 * io.doublerandom.result.ResultCatalogues}), the life of a result from 未录入 to 已公示 with its
 * history and publication deadline ({@link io.doublerandom.result.Results}), and the entity's
 * application to stop publication ({@link io.doublerandom.result.StopPublications} under a
 * configurable {@link io.doublerandom.result.StopPublicationPolicy}). In-memory stores: {@link
 * io.doublerandom.result.InMemoryResultStore}, {@link
 * io.doublerandom.result.InMemoryStopPublicationStore}. See docs/results.md.
 */
package io.doublerandom.result;
